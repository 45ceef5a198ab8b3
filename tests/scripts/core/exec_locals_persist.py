# In a function, locals() returns the frame's one dict, brought up to
# date on each call (CPython 3.11): a name exec stored there stays, while
# the function's own variables are never changed through it.
import sys


def f():
    a = 1
    exec("y = 3\na = 99")
    d = locals()
    print(d.get("y"), d["a"], a, locals() is d)
    del a
    print(sorted(locals()))
    b = 2

    def inner():
        return b

    print(sorted(locals()))
    return locals()["y"]


print(f())


def g():
    x = 1
    frame = sys._getframe()
    print(frame.f_locals is locals())
    return frame


print(sorted(g().f_locals))


def gen():
    z = 1
    yield locals()
    z = 2
    yield locals()


it = gen()
first = next(it)
print(first)
second = next(it)
print(second, first is second)

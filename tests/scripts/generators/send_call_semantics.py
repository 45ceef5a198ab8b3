# g.send(value) called as a method: what it yields is the call's value, a
# return raises StopIteration carrying the value, errors and tracebacks are
# CPython's, and re-entrancy is refused.
import sys
import types


def echo():
    received = yield "started"
    while received is not None:
        received = yield received * 2
    return "done"


g = echo()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
print(g.send(5), g.send(21))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration:", e.value)
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration again:", e.value)

# Unbound, and through a bound method object.
g = echo()
print(type(g).send(g, None), type(g).send(g, 3))
send = g.send
print(send(4))
try:
    type(g).send(5, 6)
except TypeError as e:
    print("TypeError:", e)
try:
    g.send(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    g.send(value=1)
except TypeError as e:
    print("TypeError:", e)


def reentrant():
    yield me.send(None)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def raiser():
    x = yield 1
    raise KeyError(x)


r = raiser()
next(r)
try:
    r.send("key")
except KeyError as e:
    print("KeyError:", e)
print(r.gi_frame)


def stops():
    yield
    raise StopIteration("inner")


s = stops()
s.send(None)
try:
    s.send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


async def coro():
    value = await types.coroutine(lambda: (yield "suspended"))()
    return value


c = coro()
print(c.send(None))
try:
    c.send("resumed")
except StopIteration as e:
    print("coroutine returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


def running_state():
    yield sys._getframe().f_back.f_code.co_name
    yield inner_state()


def inner_state():
    import inspect
    return inspect.getgeneratorstate(rs)


def driver():
    return rs.send(None)


rs = running_state()
print(driver(), driver())


def deep(n):
    total = 0
    while True:
        x = yield total
        total += x


d = deep(0)
d.send(None)
for i in range(1000):
    d.send(i)
print(d.send(0))


def uncaught():
    yield
    1 / 0


u = uncaught()
u.send(None)
u.send(None)

# eval of expressions: arithmetic, names from the caller's globals and
# locals, comprehensions and lambdas.
x = 10
print(eval("1 + 2 * 3"))
print(eval("x * 2"))
print(eval("[i * i for i in range(4)]"))
print(eval("(lambda a, b=2: a + b)(5)"))
print(eval("{'a': 1, **{'b': 2}}"))
print(eval("x if x > 5 else -x"))
print(eval("'%s-%d' % ('a', 3)"))
print(eval("f'{x:>5}'"))


def f(y):
    z = y + 1
    return eval("x + y + z")


print(f(1))


def g():
    n = 3
    print(eval("[n * k for k in (1, 2)]", {"n": n}))
    # The comprehension's own scope sees the globals, not the caller's
    # locals that eval was given.
    return eval("[n * k for k in range(n)]")


try:
    g()
except NameError as e:
    print("NameError:", e)
print(type(eval("1,")), eval("1, 2,"))
print(eval("(yield_ := 5) + 1"), yield_)

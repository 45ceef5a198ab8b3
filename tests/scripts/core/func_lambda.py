square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print((lambda a, b=10: a + b)(1), (lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(filter(lambda n: n % 3 == 0, range(10))), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
make_adder = lambda n: lambda x: x + n
print(make_adder(3)(4))
fns = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fns])
print((lambda x: (lambda y: x + y))(1)(2))
cond = lambda x: "big" if x > 10 else "small"
print(cond(5), cond(50))
print((lambda: (yield))().__class__.__name__)
t = lambda: None
print(t(), type(t).__name__, t.__name__)

a = lambda: lambda: 0
b = lambda x: lambda y: x + y
c = (lambda: 1)()
d = lambda x=lambda: 0: x
e = [lambda: i for i in range(3)]
f = lambda: (yield)
g = lambda x: x if x else lambda: None

x = 10
print([x for _ in range(2)], [x * i for i in range(3)])
def f():
    y = 5
    return [lambda: y * i for i in range(3)]
print([g() for g in f()])
print([i for i in range(3)], "i" in globals())
data = [1, 2, 3]
print([data[i] * data[-i - 1] for i in range(len(data))])
def g():
    items = ["a", "b"]
    return {k: [items.index(k)] for k in items}
print(g())
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        scaled = [v * len(values) for v in values]
    except NameError as e:
        error = str(e)
print(C.doubled, getattr(C, "scaled", None), getattr(C, "error", None))
print([[j for j in range(i)] for i in range(3)], [(lambda k: k * 2)(k) for k in range(3)])

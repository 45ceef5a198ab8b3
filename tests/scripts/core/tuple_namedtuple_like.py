def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return n, mean, var, min(values), max(values)
n, mean, var, lo, hi = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(n, mean, var, lo, hi)
result = stats([1, 2, 3])
print(result, result[1:3], len(result))
count, *_, top = result
print(count, top)
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5)
records = [("a", 1), ("b", 2)]
for name, val in records:
    print(f"{name}={val}")
print(dict(records), list(zip(*records)))
single = ("only",)
(item,) = single
print(item, type(()).__name__, (()), ((),), len(((),)))

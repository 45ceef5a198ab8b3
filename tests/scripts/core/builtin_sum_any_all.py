print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 3), sum([1, 2.5]))
print(sum([[1], [2], [3]], []), sum(((1,), (2,)), ()), sum([True, True]), sum(x * x for x in range(4)))
print(sum([1, 2], start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
print(sum([10 ** 20, 1, -10 ** 20]), sum([1e100, 1, -1e100]))

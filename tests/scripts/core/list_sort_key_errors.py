try:
    sorted([3, None, 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: {1: "a", 2: "b", 3: 0}[x])
except TypeError as e:
    print(type(e).__name__, e)
print(lst)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], reverse="yes")
    print("reverse accepts truthy str?")
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([[1, "a"], [1, "b"], [0, "z"]]), sorted([(1, 2), (1,), ()]))
print(sorted([1.5, 1, True, 0.5]), sorted(["b", "B", "a", "A", "_", "1"]))

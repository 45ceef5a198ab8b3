print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(map(abs, [-1, 2])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda x: x % 2, range(10))))
m = map(str.upper, "ab")
print(type(m).__name__, next(m), list(m), list(m))
f = filter(None, range(3))
print(type(f).__name__, list(f))
calls = []
lazy = map(lambda x: calls.append(x) or x, [1, 2, 3])
print(calls)
print(next(lazy), calls)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(str)
except TypeError as e:
    print(type(e).__name__, e)
print(sum(map(int, "12345")), max(map(len, ["a", "abc", "ab"])))

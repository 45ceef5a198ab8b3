first, *middle, last = range(10)
print(first, middle, last)
*init, (a, b) = [1, 2, (3, 4)]
print(init, a, b)
for head, *tail in ["abc", [1, 2], (9,)]:
    print(head, tail)
nums = [1, 2, 3]
print([*nums, *nums[::-1]], (*nums,), {*nums, 4}, {**{"a": 1}, **dict(b=2)})
def f(*args, **kwargs):
    return args, kwargs
print(f(*nums, *"xy", **{"k": 1}, **{"j": 2}))
x, (y, *z), *w = 1, (2, 3, 4), 5, 6
print(x, y, z, w)
[p, q], r = "pq", "r"
print(p, q, r)
a, *b = "x"
print(a, b)
print(*[] or ["empty"], sep="|")
matrix = [[1, 2], [3, 4]]
print(*matrix, sep="\n")
print(list(zip(*matrix)), max(*nums), min(*"zyx"))

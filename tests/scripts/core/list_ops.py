a = [1, 2]
b = a + [3]
a += (4, 5)
print(a, b, [0] * 3, 2 * [1, 2], [] * 5, [[]] * 2)
a *= 2
print(a)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, "a"] == [1, "a"])
print(3 in [1, 2, 3], 4 not in [1, 2], [1] in [[1], 2], len([[], []]))
print(list("abc"), list(range(3)), list((1, 2)), list({1: 2}), list())
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), list(reversed([1, 2, 3])))

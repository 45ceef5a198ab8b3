print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[c for c in w] for w in ["ab", "cd"]])
print([x if x % 2 else -x for x in range(5)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print({x % 3 for x in range(10)}, {k: v for k, v in zip("abc", range(3))})
print(list(x + 1 for x in range(3)), sum(x for x in range(101)))
x = "outer"
print([x for x in range(3)], x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([(i, j) for i in range(3) if i for j in "ab" if j != "a"])
print([y for x in [[1, [2]], [3]] for y in x])

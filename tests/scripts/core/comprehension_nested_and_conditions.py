matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([row[::-1] for row in matrix[::-1]])
print([x for row in matrix for x in row if x % 2 == 0])
print({(i, j): matrix[i][j] for i in range(3) for j in range(3) if i == j})
print([[x for x in row if x > 3] for row in matrix])
print(sorted({x % 4 for row in matrix for x in row}), sum(sum(row) for row in matrix))
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print({w[0]: w for w in words}, {len(w): [v for v in words if len(v) == len(w)] for w in words})
print([(w, i) for i, w in enumerate(words) if "a" in w and i % 2 == 0])
print([c for w in words for c in w if c in "aeiou"][:8])
print(list(map(lambda r: [v * 2 for v in r], matrix))[1])

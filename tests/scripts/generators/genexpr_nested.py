# Nested generator expressions and several for/if clauses.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = (v for row in matrix for v in row if v % 2)
print(list(flat))
transposed = (tuple(row[i] for row in matrix) for i in range(3))
print(list(transposed))
gen_of_gens = ((i, j) for i in range(3) if i for j in range(i) if j != 1)
print(list(gen_of_gens))
print(sum(sum(v for v in row) for row in matrix))
print(list(x for x in (y * y for y in range(6)) if x > 5))

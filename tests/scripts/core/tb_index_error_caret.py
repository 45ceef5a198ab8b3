def get(matrix, i, j):
    return matrix[i][j] + matrix[j][i]
m = [[1, 2], [3, 4]]
print(get(m, 0, 1))
print(get(m, 1, 2))

class Matrix:
    def __init__(self, rows):
        if len({len(r) for r in rows}) > 1:
            raise ValueError("ragged rows")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, k):
        return Matrix([[k * v for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(" ".join(str(v).rjust(width) for v in r) for r in self.rows)
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a @ b, 2 * a, a * 3, sep="\n")
print(a.transpose(), a.shape, a[1, 0], a == Matrix([[1, 2], [3, 4]]), a == b)
fib = Matrix([[1, 1], [1, 0]]) ** 50
print(fib[0, 1])
print(str(Matrix([[1, -20], [300, 4]])))
try:
    a + Matrix([[1, 2, 3]])
except ValueError as e:
    print(type(e).__name__, e)
try:
    Matrix([[1], [2, 3]])
except ValueError as e:
    print(type(e).__name__, e)

# N-queens with a recursive generator.
def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))

for n in range(1, 7):
    print(n, sum(1 for _ in queens(n)))
first = next(queens(6))
print(first)
for r in range(6):
    print("".join("Q" if first[r] == c else "." for c in range(6)))

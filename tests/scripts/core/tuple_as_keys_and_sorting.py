grid = {}
for r in range(3):
    for c in range(3):
        grid[r, c] = r * 3 + c
print(grid[1, 2], grid[(2, 0)], (0, 0) in grid, len(grid))
neighbors = [(r + dr, c + dc) for dr, dc in [(-1, 0), (1, 0), (0, -1), (0, 1)] for r, c in [(1, 1)]]
print(sorted(neighbors), [grid[n] for n in sorted(neighbors)])
people = [("bob", 25, 180), ("alice", 30, 165), ("carl", 25, 175), ("dana", 30, 170)]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[2])))
print(max(people, key=lambda p: p[2])[0], min(people)[0])
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 100), () < (0,), (1, "a") < (1, "b"))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), (1, 2) * 2 + (3,))

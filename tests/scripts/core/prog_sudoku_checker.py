GRID = """
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179
"""
def parse(text):
    return [[int(ch) for ch in line] for line in text.split()]
def valid_group(group):
    return sorted(group) == list(range(1, 10))
def check(grid):
    problems = []
    for i in range(9):
        if not valid_group(grid[i]):
            problems.append(f"row {i}")
        if not valid_group([grid[r][i] for r in range(9)]):
            problems.append(f"col {i}")
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            box = [grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
            if not valid_group(box):
                problems.append(f"box {br // 3},{bc // 3}")
    return problems
g = parse(GRID)
print(check(g) or "valid")
g[0][0], g[0][1] = g[0][1], g[0][0]
print(check(g))
print(sum(map(sum, g)), [row[4] for row in g])

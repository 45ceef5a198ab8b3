grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 5:
            found = (r, c)
            break
    if found:
        break
print(found)
class Found(Exception):
    pass
try:
    for a in range(10):
        for b in range(10):
            if a * b == 42:
                raise Found((a, b))
except Found as e:
    print("found via exception", e.args[0])
def search():
    for a in range(10):
        for b in range(10):
            if a + b == 15 and a > b:
                return a, b
print(search())
pairs = [(i, j) for i in range(4) for j in range(4) if i < j and (i + j) % 2]
print(pairs)
count = 0
for i in range(5):
    for j in range(5):
        for k in range(5):
            if i + j + k == 6:
                count += 1
print(count)

# Many yields through one generator and many small generators.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

total = 0
for v in count(100000):
    total += v
print(total)
print(sum(sum(count(10)) for _ in range(5000)))
g = count(10 ** 9)
for _ in range(50000):
    next(g)
print(next(g))

# Each call creates an independent generator with its own locals.
def counter(name):
    n = 0
    while True:
        n += 1
        yield f"{name}{n}"

a = counter("a")
b = counter("b")
print(next(a), next(a), next(b), next(a), next(b))
gens = [counter(str(i)) for i in range(3)]
for _ in range(2):
    print([next(g) for g in gens])
print(a is not counter("a"))

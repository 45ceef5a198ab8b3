# Generators closing over variables of their enclosing function.
def counter_factory():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    def peek():
        return count
    return gen, peek

gen, peek = counter_factory()
g1, g2 = gen(), gen()
print(next(g1), next(g1), next(g2), peek())

def make_gens():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i
        gens.append(g)
    late = [lambda: (yield j) for j in range(3)]
    return [next(g()) for g in gens], [next(f()) for f in late]

print(make_gens())

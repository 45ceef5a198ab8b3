# `in` consumes a generator only up to the first match.
def gen():
    for i in range(10):
        print("yield", i)
        yield i

g = gen()
print(3 in g)
print(next(g))
print(2 in g)
print(list(g))

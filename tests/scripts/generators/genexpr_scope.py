# The first iterable is bound when the expression is created; names used in
# the element expression are looked up when it runs.
n = 3
data = [1, 2, 3]
g = (x * n for x in data)
data = [100]
n = 10
print(list(g))

def make():
    k = 1
    gens = [(i + k for i in range(2)) for k in range(3)]
    return [list(x) for x in gens]
print(make())

x = "outer"
g = (x for x in "ab")
print(list(g), x)

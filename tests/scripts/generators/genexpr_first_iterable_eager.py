# Only the first iterable of a generator expression is evaluated at once
# (in the enclosing scope); everything else waits for the first next().
def source(name, items):
    print("evaluating", name)
    return items

g = (x + y for x in source("outer", [1, 2]) for y in source("inner", [10, 20]))
print("created")
print(next(g))
print(list(g))

try:
    g = (x for x in 5)
except TypeError as e:
    print("at creation:", type(e).__name__, e)

g = (x for x in [1] for y in 5)
print("created, no error yet")
try:
    next(g)
except TypeError as e:
    print("at first next:", type(e).__name__, e)

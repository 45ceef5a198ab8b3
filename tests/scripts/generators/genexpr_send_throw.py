# A generator expression supports send/throw/close like any generator;
# values sent in are discarded.
g = (x * 2 for x in range(5))
print(next(g))
print(g.send("ignored"))
print(g.send(None))
try:
    g.throw(ValueError("into genexpr"))
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "closed after throw"))
g = (x for x in range(3))
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
g.close()
print(list(g))

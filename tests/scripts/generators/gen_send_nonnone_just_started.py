# Sending a non-None value to a just-started generator is a TypeError;
# the generator stays usable afterwards.
def gen():
    x = yield 1
    print("got", x)
    yield 2

g = gen()
for value in (5, "s", 0, False, []):
    try:
        g.send(value)
    except TypeError as e:
        print(type(e).__name__, e)
print(g.send(None))
print(g.send("hello"))
g2 = gen()
print(next(g2))
try:
    next(g2)
    next(g2)
except StopIteration:
    print("done")

# send(), next() and throw() on a finished generator.
def gen():
    x = yield 1
    return x * 2

g = gen()
print(next(g))
try:
    g.send(21)
except StopIteration as e:
    print("first finish:", e.value)
try:
    g.send(5)
except StopIteration as e:
    print("send again:", e.value, e.args)
try:
    g.send(None)
except StopIteration as e:
    print("send None again:", e.value)

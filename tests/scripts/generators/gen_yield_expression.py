# yield as an expression: the value sent in becomes the value of `yield`.
def echo():
    received = []
    x = yield "first"
    received.append(x)
    y = yield "second"
    received.append(y)
    z = yield
    received.append(z)
    print("received", received)
    yield "done"

g = echo()
print(next(g))
print(g.send("a"))
print(g.send(None))
print(g.send([1, 2]))
try:
    next(g)
except StopIteration:
    print("stopped")

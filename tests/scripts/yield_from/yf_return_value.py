# The value of `yield from` is the subgenerator's return value.
def sub(n):
    total = 0
    for i in range(n):
        total += yield i
    return total

def outer():
    a = yield from sub(2)
    print("a =", a)
    b = yield from sub(3)
    print("b =", b)
    return (yield from sub(0)), a + b

g = outer()
v = next(g)
try:
    while True:
        v = g.send(v + 1)
except StopIteration as e:
    print("outer returned", e.value)

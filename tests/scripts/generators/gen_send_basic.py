# send() resumes the generator and returns the next yielded value.
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

g = accumulate()
print(g.send(None))
print(g.send(5))
print(g.send(10))
print(g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    g.send(1)
except StopIteration as e:
    print("finished again", e.value, e.args)

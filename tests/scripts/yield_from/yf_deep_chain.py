# A deep yield from chain: values, send and return values travel through
# every level.
def leaf():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def chain(depth):
    if depth == 0:
        return (yield from leaf())
    return (yield from chain(depth - 1)) + 1

g = chain(300)
print(next(g))
for v in range(1, 6):
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
top = chain(50)
next(top)
depth = 0
node = top
while node is not None:
    depth += 1
    node = node.gi_yieldfrom
print("generators in chain:", depth)

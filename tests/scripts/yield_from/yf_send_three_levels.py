# send() through a three-level yield from chain reaches the innermost one.
def level3():
    received = []
    while len(received) < 3:
        received.append((yield "l3 got %d" % len(received)))
    return received

def level2():
    r = yield from level3()
    return ["l2"] + r

def level1():
    r = yield from level2()
    yield ["l1"] + r

g = level1()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))

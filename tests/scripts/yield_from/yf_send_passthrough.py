# send() passes through the delegator to the subgenerator.
def sub():
    while True:
        v = yield
        if v == "end":
            return "sub done"
        print("sub received", v)

def outer():
    r = yield from sub()
    print("outer got", r)
    v = yield "outer waiting"
    print("outer received", v)

g = outer()
next(g)
g.send(1)
g.send("two")
print(g.send("end"))
try:
    g.send("last")
except StopIteration:
    print("finished")

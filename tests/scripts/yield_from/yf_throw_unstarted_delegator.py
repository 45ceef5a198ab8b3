# throw() into a delegator before it reached yield from: raised at the
# start of the delegator, the subgenerator is never created.
def sub():
    print("sub created")
    yield 1

def outer():
    print("outer body")
    yield from sub()

g = outer()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("raised:", e)
print(g.gi_frame, g.gi_yieldfrom)

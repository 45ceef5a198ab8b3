# A subgenerator that yields in response to GeneratorExit makes close()
# fail with RuntimeError. The error is raised in the delegator at its
# yield from, so the delegator finishes; the subgenerator stays suspended.
def sub():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
    yield "sub continues"

def outer(s):
    try:
        yield from s
    finally:
        print("outer finally")

s = sub()
g = outer(s)
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print("outer frame:", g.gi_frame)
print("sub suspended:", s.gi_frame is not None)
print(next(s))
print(next(s, "sub done"))

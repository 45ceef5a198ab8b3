# Closing a delegator whose subgenerator was finished independently.
def sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally")

def outer(s):
    try:
        yield from s
    finally:
        print("outer finally")

s = sub()
g = outer(s)
print(next(g))
s.close()
print("sub closed directly; outer still delegating:", g.gi_yieldfrom is s)
print(next(g, "outer resumes: sub was exhausted"))
g.close()

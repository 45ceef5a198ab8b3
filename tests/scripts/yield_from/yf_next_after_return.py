# After the subgenerator returns, the delegator resumes with its value;
# the subgenerator object is finished.
def sub():
    yield "a"
    return "ret"

s = sub()

def outer():
    r = yield from s
    yield r
    yield "sub frame after return: %s" % s.gi_frame

g = outer()
print(list(g))
print(next(s, "exhausted"))

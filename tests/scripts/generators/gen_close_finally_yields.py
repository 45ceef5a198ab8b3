# A finally block that yields while the generator is being closed:
# close() raises RuntimeError and the generator stays suspended there.
def gen():
    try:
        yield "body"
    finally:
        print("finally starts")
        yield "from finally"
        print("finally ends")

g = gen()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print("suspended:", g.gi_frame is not None)
try:
    next(g)
except GeneratorExit:
    print("next() re-raised the pending GeneratorExit")
print("frame:", g.gi_frame)
g.close()
print("close on finished is fine")

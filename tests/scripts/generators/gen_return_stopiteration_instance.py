# Returning an exception instance (even a StopIteration) is just a value.
def gen():
    yield 1
    return StopIteration("inner")

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(type(e.value).__name__, e.value.args)
    print(e.value is e.args[0])

def gen2():
    return ValueError("v")
    yield

try:
    next(gen2())
except StopIteration as e:
    print(type(e.value).__name__, e.value)
except ValueError:
    print("not raised: returned")

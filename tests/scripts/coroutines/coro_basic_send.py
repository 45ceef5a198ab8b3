# Calling an async def function creates a coroutine object; send(None)
# runs it, and its return value arrives in StopIteration.value.
async def compute(x):
    print("running with", x)
    return x * 2

c = compute(21)
print(type(c).__name__, c.__name__, c.__qualname__)
print("not started yet")
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

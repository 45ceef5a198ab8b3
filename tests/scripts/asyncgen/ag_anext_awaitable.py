# The object returned by anext(agen, default): an awaitable iterator.
async def agen():
    yield "first"

g = agen()
aw = anext(g, "fallback")
print(type(aw).__name__)
print(aw.__await__() is aw, g.asend(None).__await__() is not None)
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
aw = anext(g, "fallback")
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
aw = anext(g, "fallback")
try:
    aw.throw(KeyError("thrown"))
except KeyError as e:
    print("throw:", repr(e))
except StopIteration as e:
    print("throw ->", e.value)
aw.close()
print("closed")

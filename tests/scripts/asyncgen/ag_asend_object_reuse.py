# An asend/athrow awaitable can only be awaited once.
async def agen():
    yield 1
    yield 2

g = agen()
aw = g.asend(None)
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
for attempt in range(2):
    try:
        aw.send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
th = g.athrow(KeyError)
try:
    th.send(None)
except KeyError:
    print("KeyError propagated")
try:
    th.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
cl = g.aclose()
try:
    cl.send(None)
except StopIteration:
    print("aclose done")
try:
    cl.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

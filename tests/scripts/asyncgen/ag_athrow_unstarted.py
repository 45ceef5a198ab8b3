# athrow() on an async generator that never started: the exception is
# raised at once and the generator is finished.
async def agen():
    print("body")
    yield 1

g = agen()
try:
    g.athrow(ValueError("early")).send(None)
except ValueError as e:
    print(type(e).__name__, e)
print(g.ag_frame)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")

# An exception thrown with athrow() and not caught propagates to the
# awaiter, and the async generator is finished.
async def agen():
    try:
        yield 1
    finally:
        print("agen finally")

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(step(g.__anext__()))
try:
    step(g.athrow(ZeroDivisionError("z")))
except ZeroDivisionError as e:
    print("propagated", e)
print(g.ag_frame)
try:
    step(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration afterwards")

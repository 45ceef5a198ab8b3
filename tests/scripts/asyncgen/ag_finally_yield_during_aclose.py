# A finally block that yields while aclose() runs: RuntimeError.
async def agen():
    try:
        yield "body"
    finally:
        print("finally starts")
        yield "from finally"
        print("finally ends")

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(step(g.__anext__()))
try:
    step(g.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    step(g.__anext__())
except GeneratorExit:
    print("resuming re-raised the pending GeneratorExit")
except StopAsyncIteration:
    print("StopAsyncIteration")
print(g.ag_frame)

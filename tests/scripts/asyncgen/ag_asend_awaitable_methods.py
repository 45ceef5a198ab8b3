# The asend/athrow awaitables are themselves generator-like: they have
# send, throw and close.
class Pause:
    def __await__(self):
        try:
            yield "paused"
        except KeyError:
            print("Pause got KeyError")
            yield "paused again"

async def agen():
    try:
        await Pause()
        yield "value"
    except ValueError as e:
        yield "agen caught " + str(e)

g = agen()
aw = g.__anext__()
print(type(aw).__name__, hasattr(aw, "send"), hasattr(aw, "throw"), hasattr(aw, "close"))
print(aw.send(None))
print(aw.throw(KeyError))
try:
    aw.throw(ValueError("via awaitable"))
except StopIteration as e:
    print("StopIteration", e.value)
aw2 = g.__anext__()
aw2.close()
try:
    aw2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

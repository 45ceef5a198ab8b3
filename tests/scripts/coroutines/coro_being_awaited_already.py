# A coroutine suspended while awaited by one coroutine cannot be awaited by
# another: "coroutine is being awaited already".
import types

@types.coroutine
def pause():
    yield "paused"

async def shared():
    await pause()
    return "shared done"

async def waiter(c, name):
    try:
        r = await c
        print(name, "got", r)
    except RuntimeError as e:
        print(name, type(e).__name__, e)

s = shared()
w1 = waiter(s, "w1")
print(w1.send(None))
w2 = waiter(s, "w2")
try:
    w2.send(None)
except StopIteration:
    print("w2 finished")
try:
    w1.send(None)
except StopIteration:
    print("w1 finished")

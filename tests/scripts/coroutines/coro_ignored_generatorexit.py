# A coroutine that keeps going after GeneratorExit: close() raises
# "coroutine ignored GeneratorExit".
import types

@types.coroutine
def pause():
    yield

async def stubborn():
    try:
        await pause()
    except GeneratorExit:
        print("ignoring GeneratorExit")
    await pause()
    print("finishing")

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration:
    print("finished normally")

# StopIteration raised inside a coroutine becomes RuntimeError.
async def coro():
    raise StopIteration("inside coroutine")

try:
    coro().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

async def awaits_raiser():
    try:
        await coro()
    except RuntimeError as e:
        return "caught: " + str(e)

try:
    awaits_raiser().send(None)
except StopIteration as e:
    print(e.value)

# A finished coroutine cannot be awaited (or sent to) again.
async def once():
    return "value"

async def await_twice(c):
    first = await c
    print("first await:", first)
    second = await c
    print("never", second)

c = once()
d = await_twice(c)
try:
    d.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.throw(ValueError)
except Exception as e:
    print(type(e).__name__, e)
print(c.close())

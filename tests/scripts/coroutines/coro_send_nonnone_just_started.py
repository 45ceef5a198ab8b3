# Sending a non-None value to a just-started coroutine is a TypeError.
async def coro():
    return "ran"

c = coro()
try:
    c.send(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration as e:
    print("then send(None) works:", e.value)
w = coro().__await__()
try:
    w.send("x")
except TypeError as e:
    print("wrapper:", type(e).__name__, e)
w.close()

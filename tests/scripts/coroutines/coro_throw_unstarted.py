# throw() into a coroutine that has not started raises immediately; the
# coroutine is then closed (and no "never awaited" warning appears).
async def coro():
    print("body")
    return 1

c = coro()
try:
    c.throw(ValueError("before start"))
except ValueError as e:
    print(type(e).__name__, e)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

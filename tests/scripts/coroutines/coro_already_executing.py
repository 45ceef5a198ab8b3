# A running coroutine cannot be resumed from inside itself.
async def coro():
    try:
        me.send(None)
    except ValueError as e:
        print("send:", type(e).__name__, e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw:", type(e).__name__, e)
    try:
        me.close()
    except ValueError as e:
        print("close:", type(e).__name__, e)
    return "ok"

me = coro()
try:
    me.send(None)
except StopIteration as e:
    print(e.value)

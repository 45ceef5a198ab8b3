# A plain generator cannot `yield from` a native coroutine.
async def coro():
    return 1

def gen():
    c = coro()
    try:
        yield from c
    except TypeError as e:
        print(type(e).__name__, e)
    finally:
        c.close()
    yield "after"

print(list(gen()))

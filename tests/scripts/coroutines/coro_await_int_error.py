# Awaiting an object without __await__ is a TypeError.
class NoAwait:
    pass

async def wait_on(obj):
    return await obj

def plain_gen():
    yield

for obj in (1, None, "s", [1], NoAwait(), plain_gen()):
    c = wait_on(obj)
    try:
        c.send(None)
    except TypeError as e:
        print(type(e).__name__, e)

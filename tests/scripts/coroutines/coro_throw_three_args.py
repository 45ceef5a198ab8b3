# coroutine.throw() with the three signatures.
import types

@types.coroutine
def pause():
    yield

async def catcher():
    while True:
        try:
            await pause()
        except Exception as e:
            print("caught", type(e).__name__, e.args)

c = catcher()
c.send(None)
c.throw(KeyError)
c.throw(KeyError("inst"))
c.throw(KeyError, "val")
c.throw(KeyError, KeyError("both"))
c.throw(KeyError, "with tb", None)
try:
    c.throw(KeyError("x"), "y")
except TypeError as e:
    print(type(e).__name__, e)
c.close()
print(c.cr_frame)

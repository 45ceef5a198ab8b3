# close() on a coroutine closes the coroutine / iterator it is awaiting,
# innermost first.
class Awaitable:
    def __await__(self):
        try:
            yield "suspended"
        finally:
            print("awaitable's generator finally")

async def inner():
    try:
        await Awaitable()
    finally:
        print("inner finally")

async def outer():
    try:
        await inner()
    except GeneratorExit:
        print("outer sees GeneratorExit")
        raise

c = outer()
print(c.send(None))
c.close()
print("closed:", c.cr_frame, c.cr_await)

# An uncaught exception through three awaiting coroutines (exit status 1).
class Awaitable:
    def __await__(self):
        yield "suspended"
        raise ConnectionError("lost")

async def read():
    return await Awaitable()

async def handler():
    data = await read()
    return data

async def main():
    await handler()

c = main()
print(c.send(None))
c.send(None)

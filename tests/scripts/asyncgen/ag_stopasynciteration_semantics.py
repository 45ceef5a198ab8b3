# StopAsyncIteration ends async for; it is an Exception but not a
# StopIteration; it carries no value from a return.
print(issubclass(StopAsyncIteration, Exception), issubclass(StopAsyncIteration, StopIteration))

class Manual:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration("with a message")
        return self.i

async def agen():
    yield "only"
    return

async def main():
    print([x async for x in Manual()])
    g = agen()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration args:", e.args)

try:
    main().send(None)
except StopIteration:
    pass

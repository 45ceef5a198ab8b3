# async for over objects that do not support the asynchronous iteration
# protocol.
class NoAnext:
    def __aiter__(self):
        return 1

class SyncNext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

class OnlyIter:
    def __iter__(self):
        return iter([1])

async def consume(obj):
    async for x in obj:
        pass

for obj in ([1, 2], OnlyIter(), NoAnext(), SyncNext(), None):
    try:
        consume(obj).send(None)
    except TypeError as e:
        print(type(obj).__name__, "->", type(e).__name__, e)

# async with inside an async generator; aclose runs __aexit__.
class Resource:
    async def __aenter__(self):
        print("acquire")
        return self
    async def __aexit__(self, typ, val, tb):
        print("release", typ.__name__ if typ else None)

async def rows():
    async with Resource():
        for i in range(5):
            yield i

async def main():
    async for r in rows():
        print("row", r)
    g = rows()
    print("first", await g.__anext__())
    await g.aclose()
    print("closed")

try:
    main().send(None)
except StopIteration:
    pass

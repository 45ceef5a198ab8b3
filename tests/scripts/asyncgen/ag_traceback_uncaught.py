# An uncaught exception from an async generator, through async for, up to
# the top level (exit status 1).
async def records():
    yield {"id": 1}
    yield {"name": "no id"}

async def ids():
    async for r in records():
        yield r["id"]

async def main():
    async for i in ids():
        print("id", i)

main().send(None)

# An async generator under `async for`: each `yield` is shown with its own
# value (the wrapper that tells it from an await's yield is left out), an
# await inside it yields the sleep's future on its way to the task.
import asyncio


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    async for tick in ticks(2):
        print("tick", tick)


asyncio.run(main())

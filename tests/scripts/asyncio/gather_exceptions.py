# gather with and without return_exceptions.
import asyncio


async def ok(v):
    await asyncio.sleep(0)
    return v


async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    results = await asyncio.gather(ok(1), bad("one"), ok(2), bad("two"),
                                   return_exceptions=True)
    print([repr(r) for r in results])
    slow = asyncio.create_task(ok("slow"))
    try:
        await asyncio.gather(bad("first"), slow)
    except ValueError as e:
        print("propagated:", e)
    print("slow still running:", not slow.done())
    print(await slow)


asyncio.run(main())

# A task cancelled before its first step never runs its coroutine body.
import asyncio


async def body():
    print("never printed")


async def main():
    t = asyncio.create_task(body())
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())


asyncio.run(main())

# A task may catch its cancellation and finish normally.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("ignoring the cancellation")
    await asyncio.sleep(0)
    return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(t.cancelling())
    print(await t, t.cancelled(), t.cancelling())
    print(t.uncancel(), t.uncancel())


asyncio.run(main())

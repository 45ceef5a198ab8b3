# A cancellation from outside during asyncio.timeout() stays a
# CancelledError: only the timeout's own cancellation becomes TimeoutError.
import asyncio


async def guarded():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("wrong: TimeoutError")
    except asyncio.CancelledError:
        print("CancelledError passes through")
        raise


async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled())


asyncio.run(main())

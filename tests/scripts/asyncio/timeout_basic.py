# asyncio.timeout(): the block is cancelled at the deadline and the
# CancelledError becomes TimeoutError on the way out.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.005) as cm:
            print(repr(cm).startswith("<Timeout [active] when="))
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__context__).__name__)
    print(cm.expired(), repr(cm))

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print(cm.expired(), repr(cm))

    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        await asyncio.sleep(0)

    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.002):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")

    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout(0) expired")
    print(asyncio.current_task().cancelling())


asyncio.run(main())

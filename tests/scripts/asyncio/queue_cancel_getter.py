# A cancelled get() leaves the queue usable and does not lose an item.
import asyncio


async def main():
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    q.put_nowait("item")
    try:
        await getter
    except asyncio.CancelledError:
        print("getter cancelled")
    print(q.qsize(), await q.get())

    full = asyncio.Queue(1)
    full.put_nowait(1)
    putter = asyncio.create_task(full.put(2))
    await asyncio.sleep(0)
    print(str(full))
    putter.cancel()
    await asyncio.sleep(0)
    print(putter.cancelled(), str(full))


asyncio.run(main())

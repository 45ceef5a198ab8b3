# LifoQueue and PriorityQueue order.
import asyncio


async def main():
    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "z")]:
        await lifo.put(item)
        await prio.put(item)
    print([lifo.get_nowait() for _ in range(lifo.qsize())])
    print([await prio.get() for _ in range(prio.qsize())])
    print(str(lifo), str(asyncio.PriorityQueue(3)))

    waiting = asyncio.PriorityQueue()

    async def getter():
        return await waiting.get()

    t = asyncio.create_task(getter())
    await asyncio.sleep(0)
    print(str(waiting))
    waiting.put_nowait(5)
    print(await t)


asyncio.run(main())

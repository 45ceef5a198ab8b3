# A bounded queue between a producer and consumers; join() waits for
# task_done() on every item.
import asyncio

log = []


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        log.append(f"put {i}")
    for _ in range(2):
        await q.put(None)


async def consumer(name, q):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return name
        log.append(f"{name} got {item}")
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    results = await asyncio.gather(producer(q, 6), consumer("c1", q), consumer("c2", q))
    await q.join()
    print(results)
    for line in log:
        print(line)
    jq = asyncio.Queue()
    for i in range(3):
        jq.put_nowait(i)

    async def worker():
        while not jq.empty():
            await jq.get()
            await asyncio.sleep(0)
            jq.task_done()
            print("task_done, unfinished left:", str(jq))

    asyncio.create_task(worker())
    await jq.join()
    print("joined")


asyncio.run(main())

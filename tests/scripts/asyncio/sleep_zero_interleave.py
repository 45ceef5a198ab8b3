# sleep(0) yields once: tasks take turns in the order they were scheduled.
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name} done")


async def main():
    tasks = [asyncio.create_task(worker(n, s)) for n, s in (("a", 3), ("b", 1), ("c", 2))]
    log.append("main before")
    await asyncio.sleep(0)
    log.append("main after one yield")
    for t in tasks:
        await t
    print(log)
    print(await asyncio.sleep(0, "result of sleep(0)"))
    print(await asyncio.sleep(-1, "negative"))


asyncio.run(main())

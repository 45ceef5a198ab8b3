# Condition: wait releases the lock until notified; notify wakes n waiters.
import asyncio

items = []


async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))


async def main():
    cond = asyncio.Condition()
    consumers = [asyncio.create_task(consumer(cond, f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(cond).endswith("[unlocked, waiters:3]>"))
    async with cond:
        items.append("x")
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend(["y", "z"])
        cond.notify_all()
    await asyncio.gather(*consumers)
    for attempt in (cond.notify, cond.wait):
        try:
            result = attempt()
            if asyncio.iscoroutine(result):
                await result
        except RuntimeError as e:
            print("RuntimeError:", e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print(lock.locked(), shared.locked())


asyncio.run(main())

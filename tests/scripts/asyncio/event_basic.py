# Event: every waiter wakes on set(); wait() returns at once while set.
import asyncio


async def waiter(event, name):
    print(name, "waiting")
    result = await event.wait()
    print(name, "woke", result)


async def main():
    event = asyncio.Event()
    print(event.is_set(), repr(event).endswith("[unset]>"))
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    print(repr(event).endswith("[unset, waiters:2]>"))
    event.set()
    event.set()
    await asyncio.gather(*tasks)
    print(await event.wait(), repr(event).endswith("[set]>"))
    event.clear()
    print(event.is_set())
    t = asyncio.create_task(waiter(event, "c"))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), repr(event).endswith("[unset]>"))


asyncio.run(main())

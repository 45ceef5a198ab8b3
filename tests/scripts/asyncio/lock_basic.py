# Lock: one holder at a time, waiters served first come, first served.
import asyncio

log = []


async def critical(lock, name):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    print(lock.locked(), repr(lock).endswith("[unlocked]>"))
    await asyncio.gather(*(critical(lock, n) for n in "abc"))
    print(log)
    print(await lock.acquire(), lock.locked())
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).endswith("[locked, waiters:1]>"))
    lock.release()
    await waiter
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())

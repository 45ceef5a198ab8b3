# Semaphore bounds concurrency; BoundedSemaphore refuses extra releases.
import asyncio

running = 0
peak = 0


async def limited(sem, i):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0)
        running -= 1
    return i


async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked(), repr(sem).endswith("[unlocked, value:2]>"))
    print(await asyncio.gather(*(limited(sem, i) for i in range(6))))
    print("peak", peak)
    zero = asyncio.Semaphore(0)
    print(zero.locked())
    t = asyncio.create_task(zero.acquire())
    await asyncio.sleep(0)
    zero.release()
    print(await t, zero.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(1)
    plain.release()
    print(repr(plain).endswith("value:2]>"))


asyncio.run(main())

# A waiter cancelled while waiting for a lock does not block the others.
import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    first = asyncio.create_task(lock.acquire())
    second = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    first.cancel()
    lock.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(first.cancelled(), second.done(), lock.locked())
    lock.release()
    print(lock.locked())


asyncio.run(main())

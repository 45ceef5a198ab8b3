# as_completed yields awaitables in completion order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    base = loop.time()
    jobs = []
    for name, delay in (("slow", 0.008), ("fast", 0), ("mid", 0.004)):
        fut = loop.create_future()
        loop.call_at(base + delay, fut.set_result, name)
        jobs.append(fut)
    for next_done in asyncio.as_completed(jobs):
        print(await next_done)
    try:
        for next_done in asyncio.as_completed([asyncio.sleep(1)], timeout=0.002):
            await next_done
    except TimeoutError:
        print("TimeoutError")
    try:
        next(asyncio.as_completed(loop.create_future()))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

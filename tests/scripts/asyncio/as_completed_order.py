# as_completed yields awaitables in completion order.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    jobs = [job("slow", 0.008), job("fast", 0), job("mid", 0.004)]
    for next_done in asyncio.as_completed(jobs):
        print(await next_done)
    try:
        for next_done in asyncio.as_completed([job("late", 1)], timeout=0.002):
            await next_done
    except TimeoutError:
        print("TimeoutError")
    try:
        asyncio.as_completed(asyncio.get_running_loop().create_future())
        next(asyncio.as_completed(asyncio.get_running_loop().create_future()))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

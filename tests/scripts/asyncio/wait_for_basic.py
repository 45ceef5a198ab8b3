# wait_for: a result in time, a timeout (the inner task is cancelled), and
# None meaning no timeout.
import asyncio


async def work(delay, value):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("work cancelled")
        raise
    return value


async def main():
    print(await asyncio.wait_for(work(0, "quick"), timeout=1))
    print(await asyncio.wait_for(work(0, "no timeout"), None))
    try:
        await asyncio.wait_for(work(1, "slow"), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(work(1, "zero"), timeout=0)
    except TimeoutError:
        print("TimeoutError with timeout=0")
    done = asyncio.get_running_loop().create_future()
    done.set_result("already")
    print(await asyncio.wait_for(done, 0))
    try:
        await asyncio.wait_for(asyncio.sleep(0, 1), timeout=-1)
    except TimeoutError:
        print("negative timeout")


asyncio.run(main())

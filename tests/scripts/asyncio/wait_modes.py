# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a
# timeout; its argument errors.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    def make():
        return [asyncio.create_task(job("fast", 0), name="fast"),
                asyncio.create_task(job("boom", 0.002, True), name="boom"),
                asyncio.create_task(job("slow", 0.01), name="slow")]

    tasks = make()
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    done, pending = await asyncio.wait(tasks)
    print("ALL_COMPLETED", names(done), names(pending))
    tasks = make()
    done, pending = await asyncio.wait(tasks, timeout=0.005)
    print("timeout", names(done), names(pending))
    await asyncio.wait(pending)
    for t in tasks:
        if not t.cancelled() and t.exception():
            print("exception:", repr(t.exception()))
    for bad in ([], "x"):
        try:
            await asyncio.wait(bad, return_when="x" if bad else asyncio.ALL_COMPLETED)
        except ValueError as e:
            print("ValueError:", e)
    fut = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait(fut)
    except TypeError as e:
        print("TypeError:", e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())

# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a
# timeout; its argument errors.
import asyncio


async def job(fut):
    return await fut


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    futs = {name: loop.create_future() for name in ("fast", "boom", "slow")}
    tasks = [asyncio.create_task(job(f), name=name) for name, f in futs.items()]
    loop.call_soon(futs["fast"].set_result, "fast")
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending))
    loop.call_soon(futs["boom"].set_exception, RuntimeError("boom"))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.002)
    print("timeout", names(done), names(pending))
    loop.call_soon(futs["slow"].set_result, "slow")
    done, pending = await asyncio.wait(tasks)
    print("ALL_COMPLETED", names(done), names(pending))
    for t in tasks:
        print(t.get_name(), repr(t.exception()))
    for bad in ([], "x"):
        try:
            await asyncio.wait(bad, return_when="x" if bad else asyncio.ALL_COMPLETED)
        except ValueError as e:
            print("ValueError:", e)
    try:
        await asyncio.wait(loop.create_future())
    except TypeError as e:
        print("TypeError:", e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())

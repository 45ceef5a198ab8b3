# A failing task cancels its siblings and the body; the errors come out
# together as an exception group.
import asyncio


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError("task failed")


async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0))
            s = tg.create_task(sibling())
            await asyncio.sleep(1)
            print("not reached")
    except BaseExceptionGroup as eg:
        print(eg.args[0], [repr(e) for e in eg.args[1]])
    print(s.cancelled(), asyncio.current_task().cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            await asyncio.sleep(0)
            raise KeyError("in body")
    except BaseExceptionGroup as eg:
        print(eg.args[0], [repr(e) for e in eg.args[1]])


asyncio.run(main())

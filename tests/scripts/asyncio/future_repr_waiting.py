# The repr of a future a task waits on names the task's wakeup callback.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    waiter = asyncio.create_task(asyncio.wait_for(fut, None))
    await asyncio.sleep(0)
    print(repr(fut))
    fut.set_result(1)
    print(repr(fut))
    print(await waiter)


asyncio.run(main())

# A coroutine that yields something other than a Future gets a
# RuntimeError thrown back in.
import asyncio
import types


@types.coroutine
def yield_value(value):
    yield value


async def main():
    try:
        await yield_value(42)
    except RuntimeError as e:
        print("RuntimeError:", e)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, None)
    fut._asyncio_future_blocking = False
    try:
        await yield_value(fut)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" in task ")[0])


asyncio.run(main())

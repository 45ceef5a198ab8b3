# ensure_future and iscoroutine on coroutines, futures and awaitables.
import asyncio
import types


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from __await__"


@types.coroutine
def generator_coroutine():
    yield
    return "generator-based"


async def native():
    return "native"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut)
    t = asyncio.ensure_future(native())
    print(type(t).__name__, await t)
    print(await asyncio.ensure_future(Awaitable()))
    print(await asyncio.ensure_future(generator_coroutine()))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(fut, loop=other)
    except ValueError as e:
        print("ValueError:", e)
    other.close()
    coro = native()
    print(asyncio.iscoroutine(coro), asyncio.iscoroutine(native), asyncio.iscoroutine(1))
    print(asyncio.iscoroutinefunction(native), asyncio.iscoroutinefunction(print))
    await coro


asyncio.run(main())

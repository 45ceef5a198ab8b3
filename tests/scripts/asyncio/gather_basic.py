# gather: results in argument order, whatever the order of completion.
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    return v


async def main():
    print(await asyncio.gather(value("slow", 0.01), value("fast", 0), value("mid", 0.005)))
    print(await asyncio.gather())
    t = asyncio.create_task(value("task", 0))
    coro = value("twice", 0)
    print(await asyncio.gather(t, coro, coro, t))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "future")
    print(await asyncio.gather(f, value("x", 0)))


asyncio.run(main())

# Awaiting a Future: it yields itself to the Task until done.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "later")
    print(await fut)
    print(await fut)
    done = loop.create_future()
    done.set_result(5)
    print(await done)
    failing = loop.create_future()
    loop.call_soon(failing.set_exception, OSError("nope"))
    try:
        await failing
    except OSError as e:
        print("OSError:", e)


asyncio.run(main())

loop = asyncio.new_event_loop()
fut = loop.create_future()
steps = fut.__await__()
print(next(steps) is fut)
fut.set_result(9)
try:
    next(steps)
except StopIteration as stop:
    print("StopIteration", stop.value)
bad = loop.create_future()
steps = iter(bad)
next(steps)
try:
    next(steps)
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()

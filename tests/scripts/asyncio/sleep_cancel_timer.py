# Cancelling a sleeping task cancels its timer; timers scheduled in
# reverse order of their deadlines still fire in deadline order.
import asyncio


async def main():
    sleeper = asyncio.create_task(asyncio.sleep(5, "never"))
    await asyncio.sleep(0)
    sleeper.cancel()
    try:
        await sleeper
    except asyncio.CancelledError:
        print("sleep cancelled")
    loop = asyncio.get_running_loop()
    base = loop.time()
    order = []
    waits = []
    for i in reversed(range(8)):
        fut = loop.create_future()
        loop.call_at(base + i / 2000, fut.set_result, i)
        fut.add_done_callback(lambda f: order.append(f.result()))
        waits.append(fut)
    await asyncio.gather(*waits)
    print(order)


asyncio.run(main())

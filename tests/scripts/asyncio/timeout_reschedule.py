# Timeout.reschedule(), and its state errors.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(None)
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        cm.reschedule(loop.time() + 0.002)
        print(cm.when() is not None)
        cm.reschedule(None)
        await asyncio.sleep(0.005)
        print("still running")
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(10) as late:
            late.reschedule(loop.time())
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled into the past: expired", late.expired())


asyncio.run(main())

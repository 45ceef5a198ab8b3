# Cancelling the task that waits in wait_for cancels the inner task too.
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def failing():
    await asyncio.sleep(0)
    raise KeyError("inside")


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    try:
        await asyncio.wait_for(failing(), 1)
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())

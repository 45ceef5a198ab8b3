# shield: cancelling the outer await does not cancel the inner task.
import asyncio


async def precious():
    await asyncio.sleep(0.005)
    print("precious finished")
    return "value"


async def main():
    inner = asyncio.create_task(precious())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    print(outer.cancel())
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print(await inner)
    done = asyncio.shield(inner)
    print(done is inner)
    failing = asyncio.get_running_loop().create_future()
    shielded = asyncio.shield(failing)
    failing.set_exception(ValueError("through shield"))
    try:
        await shielded
    except ValueError as e:
        print("ValueError:", e)
    cancelled_inner = asyncio.get_running_loop().create_future()
    shielded = asyncio.shield(cancelled_inner)
    cancelled_inner.cancel()
    await asyncio.sleep(0)
    print("inner cancelled -> outer cancelled:", shielded.cancelled())


asyncio.run(main())

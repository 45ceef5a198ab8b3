# Cancelling gather() cancels its children; a cancelled child makes a
# plain gather raise CancelledError.
import asyncio


async def forever(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    group = asyncio.gather(forever("a"), forever("b"))
    await asyncio.sleep(0)
    print(group.cancel(), group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled:", group.cancelled())

    child = asyncio.create_task(forever("child"))
    outer = asyncio.gather(child, asyncio.sleep(0, "ok"))
    await asyncio.sleep(0)
    child.cancel("msg")
    try:
        await outer
    except asyncio.CancelledError as e:
        print("outer raised", repr(e), outer.cancelled())

    child = asyncio.create_task(forever("child2"))
    await asyncio.sleep(0)
    child.cancel("why")
    results = await asyncio.gather(child, asyncio.sleep(0, "ok"), return_exceptions=True)
    print([repr(r) for r in results])


asyncio.run(main())

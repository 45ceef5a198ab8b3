# cancelling() counts cancel() requests; uncancel() takes one back.
import asyncio


async def waiter():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        task = asyncio.current_task()
        print("cancelled, cancelling() =", task.cancelling())
        print("uncancel() ->", task.uncancel())
    await asyncio.sleep(0)
    return "stopped"


async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("requests:", t.cancelling())
    print(await t, t.cancelling(), t.cancelled())
    print(t.cancel(), t.cancelling())


asyncio.run(main())

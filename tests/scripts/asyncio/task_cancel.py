# Cancelling a task throws CancelledError into its coroutine at the await.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("sleeper got", repr(e))
        raise
    finally:
        print("sleeper cleanup")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("enough"), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(e))
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result:", repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception:", repr(e))


asyncio.run(main())

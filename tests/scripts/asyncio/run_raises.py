# An exception from the main coroutine comes out of asyncio.run.
import asyncio


async def inner():
    await asyncio.sleep(0)
    raise LookupError("deep")


async def main():
    await inner()


try:
    asyncio.run(main())
except LookupError as e:
    print("caught", repr(e))


async def cancelled_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)


try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError as e:
    print("CancelledError from run", repr(e))


async def exits():
    raise SystemExit(3)


try:
    asyncio.run(exits())
except SystemExit as e:
    print("SystemExit", e.code)
print(asyncio.run(asyncio.sleep(0, "still works")))

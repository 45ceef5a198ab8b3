# Cancelling a task throws CancelledError into its coroutine at its next
# step: the throw goes down to the innermost awaiting frame first.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled")
        raise


async def main():
    task = asyncio.create_task(sleeper(), name="sleeper")
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main saw it")


asyncio.run(main())

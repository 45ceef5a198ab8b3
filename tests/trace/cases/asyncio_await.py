# An await chain under asyncio: each step of a task resumes the chain from
# its outermost coroutine, and a pending future's yield comes back out
# through every level to the task. Frames of asyncio itself are hidden.
import asyncio


async def leaf(delay):
    await asyncio.sleep(delay)
    return delay * 10


async def middle(delay):
    return await leaf(delay) + 1


async def main():
    task = asyncio.create_task(middle(0.02), name="background")
    print(await middle(0.01))
    print(await task)


asyncio.run(main())

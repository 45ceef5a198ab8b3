# Tasks still pending when the main coroutine returns are cancelled by
# asyncio.run, and their cleanup runs before it returns.
import asyncio


async def background(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "finally")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        print("stubborn finished after cancel")
        return "ignored"


tasks = []


async def main():
    tasks.append(asyncio.create_task(background("bg")))
    tasks.append(asyncio.create_task(stubborn()))
    await asyncio.sleep(0)
    print("main returns")
    return "result"


print(asyncio.run(main()))
print([t.cancelled() for t in tasks])

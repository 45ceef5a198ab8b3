# asyncio.run returns the coroutine's result; its checks and messages.
import asyncio


async def main(x):
    loop = asyncio.get_running_loop()
    print("running:", loop.is_running(), loop is asyncio.get_event_loop())
    return x * 2


print(asyncio.run(main(21)))

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)


async def nested():
    coro = main(1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()


asyncio.run(nested())

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

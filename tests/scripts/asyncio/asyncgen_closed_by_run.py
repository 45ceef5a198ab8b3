# asyncio.run installs async generator hooks and closes generators still
# open at the end (their finally blocks run, and may await).
import asyncio
import sys


async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        await asyncio.sleep(0)
        print("numbers closed")


kept = []


async def main():
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter is not None, hooks.finalizer is not None)
    gen = numbers()
    kept.append(gen)
    async for value in gen:
        if value == 2:
            break
    print("main done")


asyncio.run(main())
print(sys.get_asyncgen_hooks())
print("after run")

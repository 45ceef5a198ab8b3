# Deep await chains inside tasks: values and exceptions travel through.
import asyncio


async def leaf(n):
    await asyncio.sleep(0)
    if n == 13:
        raise ValueError(n)
    return n


async def chain(depth, n):
    if depth == 0:
        return await leaf(n)
    return 1 + await chain(depth - 1, n)


async def main():
    print(await chain(30, 1))
    print(await asyncio.gather(*(chain(d, d) for d in range(5))))
    try:
        await chain(10, 13)
    except ValueError as e:
        print("ValueError", e)
    t = asyncio.create_task(chain(20, 0))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("chain cancelled")


asyncio.run(main())

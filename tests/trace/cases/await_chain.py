import asyncio


async def leaf():
    await asyncio.sleep(0.01)
    return 1


async def middle():
    return await leaf() + 1


async def main():
    print(await middle())


asyncio.run(main())

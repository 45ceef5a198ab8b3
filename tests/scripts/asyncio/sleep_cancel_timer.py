# Cancelling a sleeping task cancels its timer; many sleepers wake in
# deadline order even when scheduled in reverse.
import asyncio


async def main():
    sleeper = asyncio.create_task(asyncio.sleep(5, "never"))
    await asyncio.sleep(0)
    sleeper.cancel()
    try:
        await sleeper
    except asyncio.CancelledError:
        print("sleep cancelled")
    order = []

    async def nap(i):
        await asyncio.sleep(i / 2000)
        order.append(i)

    await asyncio.gather(*(nap(i) for i in reversed(range(8))))
    print(order)


asyncio.run(main())

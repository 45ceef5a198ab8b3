# Tasks sleeping different delays wake in order of their deadlines. Each
# task starts later than the one before and sleeps longer, so the order is
# the same however slow the run is.
import asyncio

woken = []


async def sleeper(name, delay):
    result = await asyncio.sleep(delay, name)
    woken.append(result)


async def main():
    delays = [("zero", 0), ("a", 0.001), ("b", 0.003), ("c", 0.006)]
    await asyncio.gather(*(sleeper(n, d) for n, d in delays))
    print(woken)


asyncio.run(main())

# Tasks sleeping different delays wake in order of their deadlines.
import asyncio

woken = []


async def sleeper(name, delay):
    result = await asyncio.sleep(delay, name)
    woken.append(result)


async def main():
    delays = [("c", 0.009), ("a", 0.001), ("d", 0.01), ("b", 0.005), ("zero", 0)]
    await asyncio.gather(*(sleeper(n, d) for n, d in delays))
    print(woken)


asyncio.run(main())

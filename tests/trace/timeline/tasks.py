# Run under `eddy --timeline`: tasks whose steps interleave, each giving
# way with sleep(0), so that the order does not depend on the clock. One
# task's name has a quote and a backslash, for the JSON strings.
import asyncio


async def worker(rounds):
    for _ in range(rounds):
        await asyncio.sleep(0)
    return rounds


async def main():
    odd = asyncio.create_task(worker(2), name='say "hi" \\ bye')
    plain = asyncio.create_task(worker(1))
    print(await odd, await plain)


asyncio.run(main())

# asyncio.Runner runs several coroutines on one loop.
import asyncio


async def step(n):
    await asyncio.sleep(0)
    return n * n


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(step(3)), runner.run(step(4)), runner.get_loop() is loop)
print(loop.is_closed())
coro = step(5)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()

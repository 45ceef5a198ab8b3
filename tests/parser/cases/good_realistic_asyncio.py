import asyncio


async def worker(name, queue):
    while True:
        delay = await queue.get()
        try:
            await asyncio.sleep(delay)
        except asyncio.CancelledError:
            raise
        finally:
            queue.task_done()
        print(f"{name} slept {delay:.2f}s")


async def main():
    queue = asyncio.Queue()
    for i in range(5):
        queue.put_nowait(i / 10)
    tasks = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(3)]
    await queue.join()
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    return results


asyncio.run(main())

# current_task() and all_tasks() from inside and outside tasks.
import asyncio


async def child(i):
    me = asyncio.current_task()
    print("child", i, me.get_name())
    await asyncio.sleep(0)


async def main():
    tasks = [asyncio.create_task(child(i), name=f"c{i}") for i in range(3)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)
    await asyncio.gather(*tasks)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() in asyncio.all_tasks())


asyncio.run(main(), debug=False)
loop = asyncio.new_event_loop()
print(asyncio.current_task(loop), asyncio.all_tasks(loop))
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()

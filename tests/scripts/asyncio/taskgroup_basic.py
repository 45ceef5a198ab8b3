# TaskGroup waits for all its tasks on the way out.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print("done", name)
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        a = tg.create_task(work("a", 0.004))
        b = tg.create_task(work("b", 0), name="bee")
        print(b.get_name())
        print("body finished")
    print(a.result(), b.result(), repr(tg))
    late = work("late", 0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("RuntimeError:", e)
    late.close()
    coro = work("never", 0)
    try:
        asyncio.TaskGroup().create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())

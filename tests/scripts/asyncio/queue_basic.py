# Queue without waiting: order, sizes, and the *_nowait errors.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q), q.maxsize, q.empty(), q.full(), q.qsize())
    q.put_nowait("a")
    await q.put("b")
    print(str(q), q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.get_nowait(), await q.get())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    print(str(q))
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    print(repr(q).startswith("<Queue at 0x"), str(q))
    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize())


asyncio.run(main())

# Tasks: names, the coroutine, results, and errors of create_task.
import asyncio


async def child(n):
    await asyncio.sleep(0)
    return n + 1


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me.done())
    t = asyncio.create_task(child(1))
    named = asyncio.create_task(child(2), name="worker")
    print(t.get_name(), named.get_name())
    t.set_name(123)
    print(repr(t.get_name()), t.get_coro().__qualname__, t.done())
    print(await t, await named, t.done(), t.result())
    try:
        asyncio.create_task(lambda: 0)
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])
    for attempt in (lambda: t.set_result(1), lambda: t.set_exception(ValueError())):
        try:
            attempt()
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(isinstance(t, asyncio.Future), asyncio.isfuture(t))


asyncio.run(main())
loop = asyncio.new_event_loop()
t = loop.create_task(asyncio.sleep(0, "x"))
print(t.get_name())
print(loop.run_until_complete(t))
loop.close()

# An exception inside a task finishes it; awaiting it raises the exception.
import asyncio


async def fail(kind):
    await asyncio.sleep(0)
    raise kind("from task")


async def main():
    t = asyncio.create_task(fail(ValueError))
    try:
        await t
    except ValueError as e:
        print("caught", repr(e))
    print(t.done(), t.cancelled(), repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print("result raised", e)
    t2 = asyncio.create_task(fail(KeyError))
    await asyncio.sleep(0.01)
    print(repr(t2.exception()))
    try:
        await fail(ZeroDivisionError)
    except ZeroDivisionError as e:
        print("direct", e)


asyncio.run(main())

# Failures of a TaskGroup's tasks come out as an ExceptionGroup that
# except* takes apart; what no clause handles goes on up.
import asyncio


async def fail(delay, error):
    await asyncio.sleep(delay)
    raise error


async def work(delay, result):
    await asyncio.sleep(delay)
    return result


async def split_failures():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, ValueError("bad value")))
            tg.create_task(fail(0, TypeError("bad type")))
            tg.create_task(fail(0, ValueError("another")))
            slow = tg.create_task(work(1, "never"))
    except* ValueError as group:
        print("values:", sorted(str(e) for e in group.exceptions))
    except* TypeError as group:
        print("types:", [str(e) for e in group.exceptions], type(group).__name__)
    print("slow cancelled:", slow.cancelled())


async def leftover():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, KeyError("key")))
            tg.create_task(fail(0, OSError("os")))
    except* KeyError:
        print("key handled")


async def nested_groups():
    async def inner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, ZeroDivisionError("inner")))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            tg.create_task(fail(0, RuntimeError("outer")))
    except* ZeroDivisionError as group:
        print("nested:", repr(group))
    except* RuntimeError as group:
        print("outer:", repr(group))


async def main():
    await split_failures()
    try:
        await leftover()
    except ExceptionGroup as group:
        print("escaped:", repr(group), group.message)
    await nested_groups()
    try:
        await leftover()
    except* OSError as group:
        print("caught by caller with except*:", repr(group))


asyncio.run(main())

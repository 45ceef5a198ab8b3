# A first look at generators and coroutines: the programs Eddy exists for.
#
#   build/eddy examples/countdown.py
#   build/eddy --dis examples/countdown.py   (how the coroutines compile)
import asyncio


def countdown(n):
    """Yield n, n-1, ..., 1; the caller resumes us after each value."""
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def relay(n):
    # `yield from` delegates: values flow through, the return value comes back.
    result = yield from countdown(n)
    print(f"countdown returned {result!r}")


async def tick(name, delay, times):
    for i in range(times):
        await asyncio.sleep(delay)
        print(f"{name} tick {i}")
    return name


async def main():
    print(list(relay(3)))
    done = await asyncio.gather(tick("a", 0.01, 2), tick("b", 0.015, 2))
    print("finished:", done)


asyncio.run(main())

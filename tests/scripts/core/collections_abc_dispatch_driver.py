# A tiny driver that dispatches on collections.abc: it runs awaitables,
# drains async iterables and iterables, and steps generators by hand.
from collections.abc import (AsyncIterable, Awaitable, Coroutine, Generator,
                             Iterable, Mapping, Callable)


class Sleep:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


async def work(n):
    total = 0
    for i in range(n):
        total += await Sleep(f"step {i}")
    return total


async def ticks(n):
    for i in range(n):
        await Sleep(f"tick {i}")
        yield i


def counter():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received


def run(awaitable):
    coro = awaitable.__await__() if not isinstance(awaitable, Coroutine) else awaitable
    value = None
    try:
        while True:
            label = coro.send(value)
            print("  suspended at", label)
            value = 10
    except StopIteration as stop:
        return stop.value


def drive(thing):
    if isinstance(thing, Mapping):
        return dict(thing)
    if isinstance(thing, Generator):
        results = [next(thing)]
        try:
            while True:
                results.append(thing.send(results[-1] * 2))
        except StopIteration as stop:
            return results, stop.value
    if isinstance(thing, Awaitable):
        return run(thing)
    if isinstance(thing, AsyncIterable):
        async def collect():
            return [x async for x in thing]
        return run(collect())
    if isinstance(thing, Iterable):
        return list(thing)
    if isinstance(thing, Callable):
        return drive(thing())
    return thing


for thing in [work(2), Sleep("once"), ticks(2), counter(), {"a": 1}.items(), {"k": 2},
              lambda: (x * x for x in range(3)), 42]:
    print(type(thing).__name__, "->", drive(thing))

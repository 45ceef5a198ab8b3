# A tiny event loop, to see what asyncio does underneath: coroutines are
# objects you resume with send(), and `await` passes whatever the innermost
# awaitable yields all the way out to the loop.
#
#   build/eddy examples/tiny_event_loop.py
#   build/eddy --dis examples/tiny_event_loop.py    (GET_AWAITABLE, SEND, YIELD_VALUE)
from collections import deque


class Sleep:
    """An awaitable: `await Sleep(n)` suspends the task for n ticks."""

    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        # This yield travels out through every `await` in the chain to the
        # loop's send() call below.
        yield self.ticks


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = deque()  # (wake-up tick, order, task name, coroutine)
        self.order = 0

    def spawn(self, name, coroutine):
        self.schedule(self.now, name, coroutine)

    def schedule(self, tick, name, coroutine):
        self.ready.append((tick, self.order, name, coroutine))
        self.order += 1

    def run(self):
        while self.ready:
            entry = min(self.ready)
            self.ready.remove(entry)
            tick, _, name, coroutine = entry
            self.now = tick
            try:
                ticks = coroutine.send(None)  # run the task to its next await
            except StopIteration as finished:
                print(f"[{self.now}] {name} finished with {finished.value!r}")
            else:
                self.schedule(self.now + ticks, name, coroutine)


async def ticker(name, count, every):
    for i in range(count):
        print(f"[{loop.now}] {name} tick {i}")
        await Sleep(every)
    return f"{name} done"


async def numbers(limit):
    """An async generator: each value takes one tick to produce."""
    for n in range(limit):
        await Sleep(1)
        yield n * n


async def consumer():
    total = 0
    async for square in numbers(4):
        print(f"[{loop.now}] consumer got {square}")
        total += square
    return total


loop = Loop()
loop.spawn("fast", ticker("fast", 3, 1))
loop.spawn("slow", ticker("slow", 2, 3))
loop.spawn("consumer", consumer())
loop.run()

# Subclassing the iterator ABCs: the abstract methods must be defined,
# and the mixins (__next__ from send, close from throw, __anext__ from
# asend) work over them.
import collections.abc as cabc


class Countdown(cabc.Generator):
    def __init__(self, n):
        self.n = n

    def send(self, value):
        if value is not None:
            self.n = value
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

    def throw(self, typ, val=None, tb=None):
        print("throw", typ.__name__)
        return super().throw(typ, val, tb)


c = Countdown(3)
print(next(c), c.send(10), list(c))
c.close()
try:
    Countdown(1).throw(ValueError, ValueError("boom"))
except ValueError as e:
    print("ValueError:", e)
print(iter(c) is c, isinstance(c, cabc.Iterator))


class Stubborn(cabc.Generator):
    def send(self, value):
        return 1

    def throw(self, *args):
        return 2


try:
    Stubborn().close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cabc.Generator()
except TypeError as e:
    print("TypeError:", e)
try:
    cabc.Iterator()
except TypeError as e:
    print("TypeError:", e)


class Ticker(cabc.AsyncGenerator):
    def __init__(self):
        self.count = 0

    async def asend(self, value):
        self.count += 1
        if self.count > 3:
            raise StopAsyncIteration
        return self.count

    async def athrow(self, typ, val=None, tb=None):
        raise StopAsyncIteration


async def main():
    t = Ticker()
    print([x async for x in t])
    await t.aclose()
    print(t.__aiter__() is t)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value


run(main())


class Awaits(cabc.Coroutine):
    def send(self, value):
        raise StopIteration(value)

    def throw(self, typ, val=None, tb=None):
        raise typ

    def __await__(self):
        return iter([])


aw = Awaits()
print(isinstance(aw, cabc.Awaitable))
try:
    aw.send(7)
except StopIteration as stop:
    print("StopIteration", stop.value)
aw.close()

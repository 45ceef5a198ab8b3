# async for calls __aiter__ once and awaits __anext__ until
# StopAsyncIteration.
import types

@types.coroutine
def pause(x):
    yield x

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await pause("tick %d" % self.i)
        return self.i

async def main():
    total = 0
    async for v in Ticker(3):
        print("got", v)
        total += v
    else:
        print("else clause")
    return total

c = main()
try:
    while True:
        print("driver:", c.send(None))
except StopIteration as e:
    print("total", e.value)

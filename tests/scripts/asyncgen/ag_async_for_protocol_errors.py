# async for over hand-written async iterators: an __anext__ that returns a
# non-awaitable (the TypeError's cause says why), an awaitable whose
# __await__ returns a non-iterator, StopAsyncIteration raised from an
# awaited __anext__, and the loop's else clause.
class Returns:
    def __init__(self, value):
        self.value = value
    def __aiter__(self):
        return self
    def __anext__(self):
        return self.value

class BadAwait:
    def __await__(self):
        return 42

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def loop(it):
    async for x in it:
        print("  item", x)
        return "returned from the loop"
    else:
        return "else clause"

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    except TypeError as e:
        return "TypeError: %s | cause: %r" % (e, e.__cause__)

print(run(loop(Returns(5))))
print(run(loop(Returns(BadAwait()))))
print(run(loop(Countdown(2))))
print(run(loop(Countdown(0))))

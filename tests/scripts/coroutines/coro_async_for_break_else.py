# break, continue and else in async for; the iterator is not closed by break.
class Range:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def main():
    r = Range(10)
    async for x in r:
        if x % 2:
            continue
        if x == 6:
            break
        print("even", x)
    else:
        print("no else after break")
    print("iterator position after break:", r.i)
    async for x in Range(2):
        print("short", x)
    else:
        print("else after exhaustion")

try:
    main().send(None)
except StopIteration:
    pass

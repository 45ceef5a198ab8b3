# A custom awaitable may be awaited many times (each await calls
# __await__ again); a coroutine object only once.
class Value:
    def __init__(self, v):
        self.v = v
        self.calls = 0
    def __await__(self):
        self.calls += 1
        return self.v
        yield

async def main():
    x = Value(10)
    total = 0
    for _ in range(3):
        total += await x
    return total, x.calls

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

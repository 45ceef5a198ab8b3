# A gather-like coroutine implemented by hand: run children round-robin,
# collect results in order, propagate the first exception.
import types

@types.coroutine
def switch():
    yield

async def gather(*coros):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    while pending:
        i, c = pending.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results[i] = e.value
            continue
        pending.append((i, c))
        await switch()
    return results

async def job(name, n):
    for _ in range(n):
        await switch()
    return name * n

async def main():
    return await gather(job("a", 3), job("b", 1), job("c", 2))

c = main()
steps = 0
try:
    while True:
        c.send(None)
        steps += 1
except StopIteration as e:
    print(e.value, "after", steps, "switches")

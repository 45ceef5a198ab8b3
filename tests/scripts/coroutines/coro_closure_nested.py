# Nested async functions closing over variables of the enclosing coroutine.
async def outer(base):
    results = []
    async def add(x):
        nonlocal base
        base += x
        results.append(base)
        return base
    for i in range(3):
        await add(i)
    return results, base

try:
    outer(10).send(None)
except StopIteration as e:
    print(e.value)

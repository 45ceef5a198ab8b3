# Async set and dict comprehensions.
async def agen(items):
    for item in items:
        yield item

async def lookup(k):
    return k.upper()

async def main():
    s = {x % 3 async for x in agen(range(10))}
    d = {k: await lookup(k) async for k in agen("abc")}
    d2 = {i: v async for i, v in agen(enumerate("xy"))}
    return sorted(s), d, d2

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

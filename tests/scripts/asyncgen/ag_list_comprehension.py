# Async list comprehensions: async for and await inside [...].
async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

async def main():
    a = [x async for x in agen(5)]
    b = [x async for x in agen(6) if x % 2]
    c = [await double(x) for x in range(3)]
    d = [await double(x) async for x in agen(3)]
    e = [(x, y) async for x in agen(2) for y in "ab"]
    f = [y for x in range(2) async for y in agen(x + 1)]
    return a, b, c, d, e, f

try:
    main().send(None)
except StopIteration as e:
    for r in e.value:
        print(r)

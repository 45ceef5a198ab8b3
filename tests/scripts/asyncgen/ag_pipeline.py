# A pipeline of async generators with awaits at each stage.
class Tick:
    def __await__(self):
        yield "tick"

async def source(n):
    for i in range(n):
        await Tick()
        yield i

async def mapper(agen, f):
    async for x in agen:
        yield f(x)

async def filterer(agen, pred):
    async for x in agen:
        if pred(x):
            yield x

async def main():
    pipeline = filterer(mapper(source(10), lambda x: x * x), lambda x: x % 2)
    return [x async for x in pipeline]

c = main()
ticks = 0
try:
    while True:
        c.send(None)
        ticks += 1
except StopIteration as e:
    print(e.value, "ticks:", ticks)

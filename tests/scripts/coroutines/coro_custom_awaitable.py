# await on an object whose __await__ is a generator.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for i in range(self.ticks):
            yield ("tick", i)
        return "slept %d" % self.ticks

async def main():
    r1 = await Sleep(2)
    print(r1)
    r2 = await Sleep(0)
    print(r2)
    return "main done"

c = main()
while True:
    try:
        print("yielded", c.send(None))
    except StopIteration as e:
        print("returned", e.value)
        break

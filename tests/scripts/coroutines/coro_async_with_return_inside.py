# return, break and continue inside async with still run __aexit__.
class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
    async def __aexit__(self, *exc):
        print("exit", self.name, exc[0])

async def early_return():
    async with CM("ret"):
        return "returned from inside"

async def loop():
    for i in range(3):
        async with CM("loop %d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    return "loop done"

def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

print(run(early_return()))
print(run(loop()))

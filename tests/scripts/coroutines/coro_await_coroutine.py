# await on another coroutine runs it to completion inside the awaiting one.
async def add(a, b):
    print("add", a, b)
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return await add(x, y)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print("result", run(compute()))

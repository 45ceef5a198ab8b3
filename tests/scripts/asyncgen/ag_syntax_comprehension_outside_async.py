# Compile-time error: an async comprehension in a plain function (exit 1).
async def agen():
    yield 1

async def fine():
    return [x async for x in agen()]

def f():
    return [x async for x in agen()]

print("never runs")

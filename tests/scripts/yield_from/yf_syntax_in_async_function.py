# Compile-time error: 'yield from' inside async function (exit status 1).
# (A plain yield is allowed there: it makes an async generator.)
async def fine():
    yield 1

async def agen():
    yield 1
    yield from [1, 2]

print("never runs")

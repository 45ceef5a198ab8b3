# Compile-time error: return with a value in an async generator (exit 1).
# A bare return is fine.
async def fine():
    yield 1
    return

async def agen():
    yield 1
    return 2

print("never runs")

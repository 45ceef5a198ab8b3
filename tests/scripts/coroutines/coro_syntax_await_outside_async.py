# Compile-time error: await in a plain function (exit status 1).
async def fetch():
    return 1

async def fine():
    return await fetch()

def not_async():
    return await fetch()

print("never runs")

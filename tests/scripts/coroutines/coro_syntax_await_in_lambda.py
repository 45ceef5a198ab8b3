# Compile-time error: await inside a lambda, even within async def (exit 1).
async def fetch():
    return 1

async def main():
    ok = await fetch()
    f = lambda: await fetch()
    return f, ok

print("never runs")

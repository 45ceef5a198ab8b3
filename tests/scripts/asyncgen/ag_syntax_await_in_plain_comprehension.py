# Compile-time error: await in a comprehension of a plain function (exit 1).
async def value(x):
    return x

async def fine():
    return [await value(x) for x in range(3)]

def f():
    return [await value(x) for x in range(3)]

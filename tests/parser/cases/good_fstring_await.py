async def f(x):
    a = f"{await x}"
    b = f"{await x!r:>10}"
    c = [f"{v}" async for v in x]
    return f"{[await y async for y in x]}"

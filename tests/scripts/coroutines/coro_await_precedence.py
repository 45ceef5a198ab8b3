# await binds tighter than binary operators, and works in many expression
# positions.
async def val(x):
    return x

async def main():
    print(await val(2) ** 3)
    print(-await val(5))
    print(await val(3) * await val(4))
    print([await val(i) for i in range(3)])
    print({await val("k"): await val("v")})
    print(f"{await val('fmt')}!")
    print((await val([1, 2, 3]))[1])
    print(await val(1) if await val(False) else "else branch")
    print(max(await val(1), await val(7), key=lambda x: x))
    d = {}
    d[await val("key")] = await val("value")
    print(d)
    return "ok"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

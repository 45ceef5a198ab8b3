# An exception in the async for body leaves the async generator suspended
# (it is not closed automatically); aclose() then runs its finally.
async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print("agen finally")

async def main():
    g = agen()
    try:
        async for x in g:
            if x == 2:
                raise ValueError("body")
    except ValueError as e:
        print("caught", e, "| agen suspended:", g.ag_frame is not None)
    print("resume:", await g.__anext__())
    await g.aclose()
    print("after aclose:", g.ag_frame)

try:
    main().send(None)
except StopIteration:
    pass

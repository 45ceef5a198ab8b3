# A generator expression containing await is an async generator: it can
# only be consumed asynchronously.
async def val(x):
    return x + 1

async def main():
    ge = (await val(x) for x in range(3))
    try:
        list(ge)
    except TypeError as e:
        print(type(e).__name__, e)
    print([y async for y in ge])
    ge2 = (x for x in range(3))
    print(type(ge2).__name__)

try:
    main().send(None)
except StopIteration:
    pass

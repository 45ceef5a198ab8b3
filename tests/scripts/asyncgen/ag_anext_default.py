# anext(it, default) returns the default once the iterator is exhausted.
async def agen():
    yield 1

async def main():
    g = agen()
    print(await anext(g, "default"))
    print(await anext(g, "default"))
    print(await anext(g, None))
    aw = anext(g, 42)
    print(type(aw).__name__)
    print(await aw)

try:
    main().send(None)
except StopIteration:
    pass

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

print("driven by hand:", step(anext(agen(), "d")))

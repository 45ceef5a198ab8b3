# aclose() on an async generator whose finally awaits: the awaitable's
# suspensions go to the driver, and aclose completes afterwards.
class Sleep:
    def __await__(self):
        yield "sleeping in finally"

async def agen():
    try:
        yield "item"
    finally:
        print("cleanup starts")
        await Sleep()
        print("cleanup ends")

def drive(aw):
    while True:
        try:
            print("driver saw", aw.send(None))
        except StopIteration as e:
            return e.value

g = agen()
print(drive(g.__anext__()))
print("aclose ->", drive(g.aclose()))
print(g.ag_frame)

# An async generator may await between yields; the awaited object's
# suspensions go out to whoever drives the coroutine.
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield ("tick", self.label)
        return got

async def agen():
    for i in range(2):
        got = await Tick(i)
        yield ("item", i, got)

async def main():
    async for item in agen():
        print("main got", item)
    return "main done"

c = main()
value = None
while True:
    try:
        request = c.send(value)
    except StopIteration as e:
        print(e.value)
        break
    print("driver saw", request)
    value = "answer %s" % (request[1],)

# asend() values reach the yield even when the async generator awaits in
# between; the driver sees the awaits' suspensions.
class Fetch:
    def __init__(self, key):
        self.key = key
    def __await__(self):
        return (yield ("fetch", self.key))

async def cache():
    store = {}
    key = yield "ready"
    while True:
        if key not in store:
            store[key] = await Fetch(key)
        key = yield store[key]

def drive(aw):
    answer = None
    while True:
        try:
            request = aw.send(answer)
        except StopIteration as e:
            return e.value
        print("  driver handles", request)
        answer = request[1].upper()

g = cache()
print(drive(g.asend(None)))
print(drive(g.asend("a")))
print(drive(g.asend("b")))
print(drive(g.asend("a")))

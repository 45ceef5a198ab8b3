# aclose() of an async generator whose finally awaits a coroutine chain:
# the chain's suspensions reach the driver of aclose(), an error raised
# during the clean-up propagates from aclose(), and throw() into the
# aclose() awaitable reaches the clean-up await.
class Step:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        return (yield self.label)

async def release(name, fail):
    got = await Step(name + ": release 1")
    print("  release got", got)
    await Step(name + ": release 2")
    if fail:
        raise OSError(name + " release failed")
    return name + " released"

def make(name, fail=False):
    async def resource():
        try:
            yield name + " item"
        finally:
            print("  finally of", name)
            print("  ", await release(name, fail))
    return resource()

def drive(aw):
    answer = None
    while True:
        try:
            request = aw.send(answer)
        except StopIteration as e:
            return ("done", e.value)
        except Exception as e:
            return ("raised", type(e).__name__, str(e))
        print("driver saw", request)
        answer = len(request)

g = make("a")
print(drive(g.__anext__()))
print("aclose ->", drive(g.aclose()))
print("again ->", drive(g.aclose()), drive(g.__anext__()))

g = make("b", fail=True)
print(drive(g.__anext__()))
print("aclose ->", drive(g.aclose()))

g = make("c")
print(drive(g.__anext__()))
closing = g.aclose()
print(closing.send(None))
print("running while closing:", g.ag_running)
try:
    closing.throw(ZeroDivisionError("cancel the clean-up"))
except ZeroDivisionError as e:
    print("throw into aclose ->", repr(e))
print("running after:", g.ag_running)
print("next ->", drive(g.__anext__()))

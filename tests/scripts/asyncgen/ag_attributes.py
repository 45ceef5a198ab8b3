# ag_frame, ag_running, ag_code and ag_await through an async generator's life.
class Pause:
    def __await__(self):
        yield "paused"

async def agen():
    print("running inside:", g.ag_running)
    await Pause()
    yield "value"

g = agen()
print("created: frame", g.ag_frame is not None, "running", g.ag_running, "await", g.ag_await)
print("ag_code:", g.ag_code is agen.__code__, g.ag_code.co_name)
aw = g.__anext__()
print("driver got", aw.send(None))
print("awaiting: running", g.ag_running, "| ag_await:", type(g.ag_await).__name__, g.ag_await.__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value)
print("suspended at yield: running", g.ag_running, "| ag_await:", g.ag_await)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("finished: frame", g.ag_frame, "running", g.ag_running)

# An async generator's state seen through ag_frame, ag_running, ag_await
# (inspect has no getasyncgenstate in 3.11). While an __anext__() awaitable
# is suspended in an await inside the generator, ag_running is True.
class Pause:
    def __await__(self):
        yield

async def agen():
    await Pause()
    yield 1

def state(g):
    if g.ag_running:
        return "RUNNING"
    if g.ag_frame is None:
        return "CLOSED"
    if g.ag_frame.f_lineno == agen.__code__.co_firstlineno:
        return "CREATED"
    return "SUSPENDED" + (" (awaiting)" if g.ag_await is not None else "")

g = agen()
print(state(g))
aw = g.__anext__()
aw.send(None)
print(state(g))
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value, state(g))
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print(state(g))

# Locals of every coroutine along an await chain, walked through cr_await.
import inspect
import types

@types.coroutine
def pause():
    yield

async def leaf(depth):
    marker = "leaf"
    await pause()

async def node(depth):
    label = "node%d" % depth
    if depth == 0:
        await leaf(depth)
    else:
        await node(depth - 1)

c = node(3)
c.send(None)
x = c
while inspect.iscoroutine(x):
    print(x.__name__, sorted(inspect.getcoroutinelocals(x).items()))
    x = x.cr_await
print(type(x).__name__, inspect.getgeneratorlocals(x))
c.close()

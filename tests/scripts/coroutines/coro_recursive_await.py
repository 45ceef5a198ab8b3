# Recursive coroutines: each level awaits the next.
import types

@types.coroutine
def pause(depth):
    yield depth

async def countdown(n):
    if n == 0:
        await pause("bottom")
        return 0
    return 1 + await countdown(n - 1)

c = countdown(200)
print(c.send(None))
depth = 0
node = c
while hasattr(node, "cr_await"):
    depth += 1
    node = node.cr_await
print("coroutines in chain:", depth, "then", type(node).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

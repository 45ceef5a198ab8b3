# A coroutine awaiting itself recursively too deep: RecursionError.
import sys

async def down(n):
    return await down(n + 1)

sys.setrecursionlimit(300)
try:
    down(0).send(None)
except RecursionError as e:
    print(type(e).__name__, e)

async def bounded(n):
    if n == 0:
        return 0
    return 1 + await bounded(n - 1)

try:
    bounded(200).send(None)
except StopIteration as e:
    print("bounded:", e.value)

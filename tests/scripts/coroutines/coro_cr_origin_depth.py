# The origin tuple has at most `depth` entries, innermost first.
import sys

async def coro():
    pass

def a(depth):
    return b(depth)

def b(depth):
    return c(depth)

def c(depth):
    sys.set_coroutine_origin_tracking_depth(depth)
    co = coro()
    sys.set_coroutine_origin_tracking_depth(0)
    return co

for depth in (1, 2, 3, 4, 10):
    co = a(depth)
    print(depth, [(line, name) for _, line, name in co.cr_origin])
    co.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(type(e).__name__, e)

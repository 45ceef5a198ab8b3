# cr_origin records where a coroutine was created, when tracking is on.
import sys

async def coro():
    pass

def create():
    return coro()

def describe(origin):
    if origin is None:
        return None
    return [(f.rsplit("/", 1)[-1], line, name) for f, line, name in origin]

print("default depth:", sys.get_coroutine_origin_tracking_depth())
c = coro()
print("untracked:", c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(2)
print("depth now:", sys.get_coroutine_origin_tracking_depth())
c = create()
print(describe(c.cr_origin))
c.close()
c = coro()
print(describe(c.cr_origin))
c.close()
sys.set_coroutine_origin_tracking_depth(0)
c = create()
print("off again:", c.cr_origin)
c.close()

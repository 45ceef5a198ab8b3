# An exception raised in the body of async for propagates normally;
# an exception from __anext__ propagates too.
class Source:
    def __init__(self, fail_at):
        self.i, self.fail_at = 0, fail_at
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i == self.fail_at:
            raise OSError("source failed at %d" % self.i)
        return self.i

async def body_fails():
    async for x in Source(100):
        if x == 2:
            raise ValueError("body failed at %d" % x)

async def source_fails():
    async for x in Source(3):
        print("item", x)

for coro in (body_fails(), source_fails()):
    try:
        coro.send(None)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)

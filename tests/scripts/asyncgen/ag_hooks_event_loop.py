# A tiny event loop that installs asyncgen hooks like asyncio does:
# firstiter reports each async generator when it is first iterated, the
# finalizer schedules aclose() as a task on the loop when one is
# abandoned (a break out of async for), and the task's cleanup runs there.
import gc
import sys

class Loop:
    def __init__(self):
        self.ready = []
    def firstiter(self, agen):
        print("[loop] firstiter", agen.__name__)
    def finalizer(self, agen):
        print("[loop] finalizer: scheduling aclose of", agen.__name__)
        self.ready.append(agen.aclose())
    def run(self, main):
        old = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(self.firstiter, self.finalizer)
        try:
            self.ready.append(main)
            while self.ready:
                coro = self.ready.pop(0)
                try:
                    coro.send(None)
                except StopIteration:
                    continue
                self.ready.append(coro)
        finally:
            sys.set_asyncgen_hooks(*old)

class Yield:
    def __await__(self):
        yield

async def numbers(name):
    try:
        for i in range(10):
            yield i
    finally:
        print(name, "cleanup starts")
        await Yield()
        print(name, "cleanup ends")

async def main():
    async for x in numbers("abandoned"):
        if x == 1:
            break
    gc.collect()
    print("main continues")
    await Yield()
    print("main after switch")
    await Yield()
    print("main done")

Loop().run(main())
print("loop finished")

# The asyncgen hooks through an async generator's life: firstiter runs for
# the builtin anext() and for async for; the finalizer is not called for a
# generator that finished or was closed with aclose(); hooks set after the
# first iteration do not apply to it.
import gc
import sys

calls = []

def firstiter(agen):
    calls.append(("firstiter", agen.__name__))

def finalizer(agen):
    calls.append(("finalizer", agen.__name__))

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"

async def gen(n):
    for i in range(n):
        yield i

async def main():
    async for x in gen(2):
        calls.append(("item", x))
    return [x async for x in gen(1)]

sys.set_asyncgen_hooks(firstiter, finalizer)
done = gen(1)
done.__name__ = "done"
print(step(anext(done)), step(anext(done)))
closed = gen(3)
closed.__name__ = "closed"
print(step(closed.__anext__()), step(closed.aclose()))
started = gen(3)
started.__name__ = "started"
print(step(started.__anext__()))
print(step(main()))
del done, closed, started
gc.collect()
sys.set_asyncgen_hooks(None, None)
late = gen(3)
late.__name__ = "late"
print(step(late.__anext__()))
sys.set_asyncgen_hooks(firstiter, finalizer)
del late
gc.collect()
sys.set_asyncgen_hooks(None, None)
for call in calls:
    print(call)

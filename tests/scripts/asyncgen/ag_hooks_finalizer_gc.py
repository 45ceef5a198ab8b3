# When an iterated async generator becomes garbage, the finalizer hook is
# called with it instead of closing it; here the finalizer closes it.
import gc
import sys

def step(aw):
    while True:
        try:
            aw.send(None)
        except StopIteration as e:
            return e.value

def finalizer(agen):
    print("finalizer called for", agen.__name__)
    step(agen.aclose())
    print("closed by finalizer")

sys.set_asyncgen_hooks(finalizer=finalizer)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

g = agen()
print(step(g.__anext__()))
del g
gc.collect()
print("after collect")
g = agen()
del g
gc.collect()
print("never iterated: no finalizer call")
sys.set_asyncgen_hooks(None, None)

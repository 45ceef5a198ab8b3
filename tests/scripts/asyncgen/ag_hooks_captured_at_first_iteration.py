# The finalizer in effect at the first iteration is the one used later,
# even if the hooks change afterwards.
import gc
import sys

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

def fin_a(agen):
    print("finalizer A for", agen.__name__)
    step(agen.aclose())

def fin_b(agen):
    print("finalizer B for", agen.__name__)
    step(agen.aclose())

async def agen():
    try:
        yield 1
    finally:
        print("finally")

sys.set_asyncgen_hooks(finalizer=fin_a)
g = agen()
step(g.__anext__())
sys.set_asyncgen_hooks(finalizer=fin_b)
del g
gc.collect()
sys.set_asyncgen_hooks(finalizer=None)
g = agen()
step(g.__anext__())
del g
gc.collect()
print("no finalizer: the generator is closed directly")

# An exception raised by the firstiter hook propagates from the method call
# that triggered it.
import sys

def firstiter(agen):
    raise RuntimeError("firstiter refuses " + agen.__name__)

async def agen():
    yield 1

sys.set_asyncgen_hooks(firstiter=firstiter)
g = agen()
try:
    g.__anext__()
except RuntimeError as e:
    print(type(e).__name__, e)
sys.set_asyncgen_hooks(firstiter=None)
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("later:", e.value)

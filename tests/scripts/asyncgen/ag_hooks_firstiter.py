# firstiter is called once, when an async generator is first iterated
# (by __anext__, asend, athrow or aclose), not when it is created.
import sys

def firstiter(agen):
    print("  firstiter:", agen.__name__)

sys.set_asyncgen_hooks(firstiter=firstiter)

async def agen():
    yield 1
    yield 2

def step(aw):
    try:
        aw.send(None)
    except (StopIteration, StopAsyncIteration):
        pass

g = agen()
print("created")
step(g.__anext__())
print("first value taken")
step(g.__anext__())
print("second value taken")
for method in ("asend", "athrow", "aclose"):
    g = agen()
    print(method)
    aw = getattr(g, method)(ValueError) if method == "athrow" else (
        g.asend(None) if method == "asend" else g.aclose())
    try:
        step(aw)
    except ValueError:
        pass
sys.set_asyncgen_hooks(None, None)

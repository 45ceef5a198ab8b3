# A Future made by __new__ alone (no __init__): its methods raise instead
# of using the missing loop.
import asyncio

f = asyncio.Future.__new__(asyncio.Future)
for name in ("result", "exception", "cancel", "done", "cancelled", "get_loop"):
    try:
        print(name, getattr(f, name)())
    except Exception as e:
        print(name, type(e).__name__, e)
for call in (lambda: f.set_result(1), lambda: f.add_done_callback(print), lambda: repr(f),
             lambda: f.__await__(), lambda: f._state):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(f._loop)

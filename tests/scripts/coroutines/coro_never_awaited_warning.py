# A coroutine that is never awaited warns when it is collected. Each is
# kept in a reference cycle so that CPython, like Eddy, only collects it
# in a collection; the cycle is made and collected on one line, so the
# warning names that line even when a collection runs at every allocation.
# The same message from the same line is shown once (the warnings
# registry), so two 'fetch' coroutines collected together warn once.
import gc

async def fetch():
    return 1

async def other():
    return 2

def garbage(*coros):
    trash = list(coros)
    trash.append(trash)

print("collect 1")
garbage(fetch(), fetch()); gc.collect()
print("collect 2")
garbage(other()); gc.collect()
print("collect 3")
garbage(fetch()); gc.collect()
print("done")

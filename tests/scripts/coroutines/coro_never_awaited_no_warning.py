# No warning for coroutines that were started, closed, or thrown into
# before being collected.
import gc

async def coro():
    return 1

started = coro()
try:
    started.send(None)
except StopIteration:
    pass
closed = coro()
closed.close()
thrown = coro()
try:
    thrown.throw(ValueError)
except ValueError:
    pass
trash = [started, closed, thrown]
trash.append(trash)
del started, closed, thrown, trash
gc.collect()
print("no warnings on stderr")

# throw() into a suspended coroutine raises at its await.
import types

@types.coroutine
def pause(tag):
    return (yield tag)

async def worker():
    try:
        await pause("waiting")
    except KeyError as e:
        print("worker caught", repr(e))
        await pause("after catch")
    return "worker done"

c = worker()
print(c.send(None))
print(c.throw(KeyError("k")))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

c = worker()
c.send(None)
try:
    c.throw(ValueError, "uncaught")
except ValueError as e:
    print("propagated", e)
print(c.cr_frame)

# A round-robin scheduler over several coroutines that yield to switch.
import types

@types.coroutine
def switch():
    yield

async def worker(name, steps, log):
    for i in range(steps):
        log.append("%s%d" % (name, i))
        await switch()
    return name + " finished"

def run_all(coros):
    ready = list(coros)
    results = []
    while ready:
        c = ready.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            ready.append(c)
    return results

log = []
print(run_all([worker("a", 3, log), worker("b", 1, log), worker("c", 2, log)]))
print(" ".join(log))

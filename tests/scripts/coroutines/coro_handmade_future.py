# A hand-made Future: awaiting it yields the future itself to the loop,
# which resumes the waiting coroutine once a result is set.
class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done, self.result = True, value
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Task:
    def __init__(self, coro, ready):
        self.coro, self.ready = coro, ready
        ready.append(self)
    def step(self):
        try:
            fut = self.coro.send(None)
        except StopIteration as e:
            print("task", self.coro.__name__, "result", e.value)
            return
        fut.callbacks.append(lambda f: self.ready.append(self))

async def consumer(fut):
    print("consumer waiting")
    value = await fut
    return "consumed " + value

async def producer(fut):
    print("producer sets result")
    fut.set_result("data")
    return "produced"

ready = []
fut = Future()
Task(consumer(fut), ready)
Task(producer(fut), ready)
while ready:
    ready.pop(0).step()

# A scheduler with a virtual clock: coroutines await Sleep(n), which yields
# a sleep request; the loop wakes them in time order (ties: FIFO).
class Sleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        return (yield ("sleep", self.delay))

class Loop:
    def __init__(self):
        self.now = 0
        self.timers = []
        self.seq = 0
    def spawn(self, coro):
        self.schedule(0, coro, None)
    def schedule(self, delay, coro, value):
        self.timers.append((self.now + delay, self.seq, coro, value))
        self.seq += 1
        self.timers.sort(key=lambda t: (t[0], t[1]))
    def run(self):
        while self.timers:
            self.now, _, coro, value = self.timers.pop(0)
            try:
                kind, delay = coro.send(value)
            except StopIteration as e:
                print("t=%d %s returned %r" % (self.now, coro.__name__, e.value))
                continue
            self.schedule(delay, coro, self.now + delay)

async def ticker(name, period, count):
    for i in range(count):
        woke = await Sleep(period)
        print("t=%d %s tick %d" % (woke, name, i))
    return name

loop = Loop()
loop.spawn(ticker("fast", 2, 3))
loop.spawn(ticker("slow", 3, 2))
loop.run()

# Two coroutines passing a ball through a hand-made channel; the driver
# resumes whichever coroutine is waiting on a non-empty channel.
class Channel:
    def __init__(self):
        self.items = []
    def put(self, item):
        self.items.append(item)
    def __await__(self):
        while not self.items:
            yield self
        return self.items.pop(0)

async def player(name, inbox, outbox, rounds):
    for _ in range(rounds):
        ball = await inbox
        print(name, "got", ball)
        outbox.put(ball + 1)
    return name + " done"

a_in, b_in = Channel(), Channel()
players = [player("ping", a_in, b_in, 3), player("pong", b_in, a_in, 3)]
a_in.put(0)
ready = list(players)
while ready:
    p = ready.pop(0)
    try:
        p.send(None)
    except StopIteration as e:
        print(e.value)
        continue
    ready.append(p)

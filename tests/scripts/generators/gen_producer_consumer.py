# Producer/consumer written with generators driven by a small loop.
def consumer(name):
    received = []
    try:
        while True:
            item = yield
            received.append(item)
            print(name, "consumed", item)
    finally:
        print(name, "total", received)

def producer(items):
    for item in items:
        print("produce", item)
        yield item

c = consumer("C")
next(c)
for x in producer(["a", "b", "c"]):
    c.send(x)
c.close()

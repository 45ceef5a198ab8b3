# send() returns the next value yielded; a trace of the exchange.
def gen():
    log = []
    received = yield "y0"
    while received != "stop":
        log.append(received)
        received = yield "y%d" % len(log)
    yield "log=" + ",".join(log)

g = gen()
print("next ->", next(g))
for v in ["a", "b", "c", "stop"]:
    print("send", v, "->", g.send(v))
print("exhausted ->", next(g, None))

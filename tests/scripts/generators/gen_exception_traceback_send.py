# An uncaught exception raised while a generator handles send() (exit 1).
def checker():
    while True:
        value = yield
        if value < 0:
            raise ValueError("negative: %d" % value)
        print("ok", value)

c = checker()
next(c)
c.send(3)
c.send(-1)

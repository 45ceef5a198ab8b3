# send() through yield from: None goes to __next__, anything else to send().
class Echo:
    def __iter__(self):
        return self
    def __next__(self):
        print("  __next__")
        return "next"
    def send(self, value):
        print("  send", value)
        if value == "stop":
            raise StopIteration("echo finished")
        return "echo " + str(value)

def gen():
    r = yield from Echo()
    yield "returned " + r

g = gen()
print(next(g))
print(g.send("a"))
print(g.send(None))
print(g.send(3))
print(g.send("stop"))

# dis.dis from Python: a function, a generator object, a method and a
# listing written to a file object.
import dis


def pairs(items):
    for i, item in enumerate(items):
        yield i, item


class Box:
    def get(self, default=None):
        return getattr(self, "value", default)


dis.dis(pairs)
dis.dis(pairs([]))
dis.dis(Box.get)


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


out = Collect()
dis.dis(Box().get, file=out)
print("".join(out.parts).splitlines()[-1])

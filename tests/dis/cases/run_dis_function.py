# dis.dis from Python: a function, a generator object, a method, a listing
# written to a file object, and source strings (an expression compiles in
# eval mode, other code in exec mode).
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
dis.dis("{1, 2, 3}")
dis.dis("total = a + 1")

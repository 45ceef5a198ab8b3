# __await__ may return any iterator, e.g. a list iterator; the value of
# the await is then None (or StopIteration's value for custom iterators).
class Steps:
    def __await__(self):
        return iter(["step 1", "step 2"])

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("counter value")
        return "count %d" % self.n

class UsesCounter:
    def __await__(self):
        return Counter()

async def main():
    print("await Steps ->", await Steps())
    print("await UsesCounter ->", await UsesCounter())

c = main()
try:
    while True:
        print("yielded", c.send(None))
except StopIteration:
    print("done")

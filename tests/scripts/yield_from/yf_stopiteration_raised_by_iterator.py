# A custom iterator ends the delegation by raising StopIteration(value):
# that value becomes the result of yield from (no PEP 479 error here).
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("iterator value")
        self.done = True
        return "once"

def gen():
    r = yield from Once()
    yield r

print(list(gen()))

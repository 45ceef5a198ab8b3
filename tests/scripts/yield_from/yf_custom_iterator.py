# yield from over a custom iterator that has only __iter__/__next__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("__iter__ called")
        return self
    def __next__(self):
        print("__next__ called")
        if self.n == 0:
            raise StopIteration("done counting")
        self.n -= 1
        return self.n + 1

def gen():
    result = yield from Countdown(2)
    print("result:", result)
    yield "after"

print(list(gen()))

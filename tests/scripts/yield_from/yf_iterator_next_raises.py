# An exception from the iterator's __next__ propagates through yield from.
class Faulty:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise LookupError("faulty at 3")
        return self.i

def gen():
    try:
        yield from Faulty()
    except LookupError as e:
        yield "caught: " + str(e)

print(list(gen()))

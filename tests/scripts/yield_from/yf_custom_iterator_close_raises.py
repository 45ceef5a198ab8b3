# An exception from the iterator's close() propagates out of close().
class BadClose:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def close(self):
        raise KeyError("close failed")

def gen():
    try:
        yield from BadClose()
    finally:
        print("delegator finally")

g = gen()
next(g)
try:
    g.close()
except KeyError as e:
    print(type(e).__name__, e)
print(g.gi_frame)

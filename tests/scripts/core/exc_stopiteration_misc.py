it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value, e.args)
print(next(it, "default"), next(iter([]), None))
class Manual:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("done", 99)
        return self.i
m = Manual()
print(list(m), list(m))
try:
    next(m)
except StopIteration as e:
    print(e.args, e.value)
for x in Manual():
    print("for", x)
def uses_next():
    it = iter([])
    return next(it)
try:
    uses_next()
except StopIteration as e:
    print("StopIteration escapes a plain function", repr(e))

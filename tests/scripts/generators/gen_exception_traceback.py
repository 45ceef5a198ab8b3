# An uncaught exception raised inside a generator: the traceback passes
# through the generator frame (exit status 1).
def parse(items):
    for item in items:
        yield int(item)

def total(items):
    s = 0
    for n in parse(items):
        s += n
    return s

print(total(["1", "2"]))
print(total(["1", "x", "3"]))

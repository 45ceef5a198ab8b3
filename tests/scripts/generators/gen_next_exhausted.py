# Once finished, a generator raises StopIteration forever, with no value.
def gen():
    yield 1
    return "result"

g = gen()
print(next(g))
for attempt in range(3):
    try:
        next(g)
    except StopIteration as e:
        print(attempt, "StopIteration", repr(e.value), e.args)
print(next(g, "default"))
print(list(g))
for x in g:
    print("never", x)
print("loop over exhausted generator ran zero times")

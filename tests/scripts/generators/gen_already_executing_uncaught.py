# Re-entering a running generator: the ValueError propagates out of it
# (traceback through the generator frame, exit status 1).
def gen():
    yield 1
    for x in me:
        yield x

me = gen()
print(next(me))
print(next(me))

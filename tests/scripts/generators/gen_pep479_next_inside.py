# The classic PEP 479 trap: next() on an exhausted iterator inside a generator.
def first_of_each(iterables):
    for it in iterables:
        yield next(iter(it))

print(list(first_of_each([[1, 2], "ab"])))
try:
    print(list(first_of_each([[1], [], [3]])))
except RuntimeError as e:
    print(type(e).__name__, e)
    print(repr(e.__cause__))

def safe(iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return

print(list(safe([[1], [], [3]])))

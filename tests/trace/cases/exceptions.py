# An exception leaves each frame that has no handler for it ("unwind");
# a frame that catches it goes on. A StopIteration leaving a generator
# becomes RuntimeError (PEP 479), which is what its frame is left with.
def level(n):
    if n == 0:
        raise ValueError("deep")
    return level(n - 1)


def catcher():
    try:
        level(2)
    except ValueError as error:
        return f"caught {error}"


def leaky():
    yield 1
    raise StopIteration


print(catcher())
try:
    list(leaky())
except RuntimeError as error:
    print(error)

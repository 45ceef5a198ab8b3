# Generators step by step: run me with `build/eddy examples/generators.py`,
# then look inside with `build/eddy --dis examples/generators.py`.


def countdown(n):
    """Yields n, n-1, ..., 1; each next() resumes the frame where it paused."""
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def relay(n):
    # `yield from` passes every value through and hands back the return value.
    result = yield from countdown(n)
    print("countdown returned", repr(result))


def running_average():
    """A coroutine in the old sense: values come in through send()."""
    total = 0
    count = 0
    average = None
    try:
        while True:
            value = yield average
            total += value
            count += 1
            average = total / count
    finally:
        print("averager closed after", count, "values")


print(list(relay(3)))

averager = running_average()
next(averager)  # run to the first yield
for value in [10, 20, 60]:
    print("average so far:", averager.send(value))
averager.close()  # raises GeneratorExit inside: the finally block runs

squares = (x * x for x in range(5))
print(sum(squares), "is the sum of the first five squares")

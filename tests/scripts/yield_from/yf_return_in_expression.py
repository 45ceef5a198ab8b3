# `yield from` as part of larger expressions.
def one():
    yield "one"
    return 1

def two():
    yield "two"
    return 2

def outer():
    total = (yield from one()) + (yield from two())
    pair = [(yield from one()), (yield from two())]
    return total, pair, str((yield from two()))

g = outer()
values = []
try:
    while True:
        values.append(next(g))
except StopIteration as e:
    print(values)
    print(e.value)

# A generator may catch StopIteration from next() itself: that is fine.
def pairs(it):
    it = iter(it)
    while True:
        try:
            a = next(it)
        except StopIteration:
            return "even"
        try:
            b = next(it)
        except StopIteration:
            yield (a, None)
            return "odd"
        yield (a, b)

for data in ([1, 2, 3, 4], [1, 2, 3]):
    g = pairs(data)
    while True:
        try:
            print(next(g))
        except StopIteration as e:
            print("return", e.value)
            break

def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(3)), sum(countdown(100)), max(countdown(5)))
def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i
print(list(evens(10)), [x * x for x in evens(7)])
gen = countdown(2)
print(next(gen), next(gen), next(gen, "exhausted"))
squares = (i * i for i in range(5))
print(type(squares).__name__, list(squares), list(squares))
def pairs(items):
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            yield a, b
print(list(pairs("abc")))
print(dict(enumerate(countdown(3))), sorted(countdown(4)), tuple(countdown(1)))

# Infinite generators consumed with hand-written islice-like loops.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    result = []
    for x in it:
        if len(result) == n:
            break
        result.append(x)
    return result

def islice(it, start, stop, step=1):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

print(take(5, naturals()))
print(list(islice(naturals(10), 2, 12, 3)))
print(take(10, primes()))
g = naturals()
print(next(g), next(g), take(3, g), next(g))

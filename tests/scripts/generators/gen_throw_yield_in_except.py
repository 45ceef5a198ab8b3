# The value yielded after catching a thrown exception is throw()'s result.
def gen():
    n = 0
    while True:
        try:
            yield n
        except ValueError:
            n += 100
            yield "recovered"
        n += 1

g = gen()
print(next(g))
print(next(g))
print(g.throw(ValueError))
print(next(g))
print(next(g))
print(g.throw(ValueError))
print(g.send(None))

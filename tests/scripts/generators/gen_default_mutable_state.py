# A generator's default arguments are evaluated once, at definition time.
def gen(seen=[]):
    seen.append(len(seen))
    yield list(seen)

print(next(gen()))
print(next(gen()))
print(next(gen([])))
print(next(gen()))
print(gen.__defaults__)

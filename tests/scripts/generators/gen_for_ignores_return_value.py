# A for loop discards the generator's return value; list() too.
def gen():
    yield 1
    yield 2
    return "lost"

for x in gen():
    print(x)
else:
    print("loop else runs after exhaustion")
print(list(gen()))

def capture(g):
    while True:
        try:
            next(g)
        except StopIteration as e:
            return e.value

print("captured:", capture(gen()))

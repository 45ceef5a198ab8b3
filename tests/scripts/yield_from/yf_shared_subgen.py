# Two delegators sharing one subgenerator take turns pulling from it.
def source():
    for i in range(6):
        yield i
    return "source done"

def reader(name, src):
    r = yield from src
    yield (name, "saw return", r)

s = source()
a = reader("a", s)
b = reader("b", s)
print(next(a), next(b), next(a), next(b))
print(list(b))
print(list(a))

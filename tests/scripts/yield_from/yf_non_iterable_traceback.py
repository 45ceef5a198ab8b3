# Uncaught TypeError from `yield from` a non-iterable (exit status 1).
def numbers():
    yield 1
    yield from 42

def doubled():
    for x in numbers():
        yield x * 2

for x in doubled():
    print(x)

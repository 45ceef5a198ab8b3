# A generator that recurses too deep raises RecursionError (message only).
import sys

def deep(n):
    yield n
    yield from deep(n + 1)

def nested_for(n):
    for x in nested_for(n + 1):
        yield x
    yield n

sys.setrecursionlimit(300)
print(sys.getrecursionlimit())
for f in (deep, nested_for):
    try:
        for v in f(0):
            pass
    except RecursionError as e:
        print(f.__name__, type(e).__name__, e)

def shallow(n):
    if n:
        yield from shallow(n - 1)
    yield n

print(sum(shallow(200)))

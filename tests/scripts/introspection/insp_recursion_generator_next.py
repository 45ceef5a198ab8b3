# Recursion through next() calls inside generators hits the recursion limit
# too; the generators involved are finished afterwards.
import inspect
import sys

def chain(n):
    if n == 0:
        yield "bottom"
    else:
        inner = chain(n - 1)
        gens.append(inner)
        yield next(inner)

sys.setrecursionlimit(250)
gens = []
top = chain(10000)
try:
    next(top)
except RecursionError as e:
    print(type(e).__name__, e)
print(inspect.getgeneratorstate(top))
print(sorted(set(inspect.getgeneratorstate(g) for g in gens)))
gens = []
print(next(chain(100)))

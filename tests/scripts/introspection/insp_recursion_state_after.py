# After a RecursionError in nested generators, every generator involved is
# closed, and the recursion limit can be changed back.
import inspect
import sys

created = []

def rec(n):
    g = rec(n + 1)
    created.append(g)
    yield next(g)

old = sys.getrecursionlimit()
sys.setrecursionlimit(150)
top = rec(0)
try:
    next(top)
except RecursionError as e:
    print(type(e).__name__, e)
states = set(inspect.getgeneratorstate(g) for g in created)
print(inspect.getgeneratorstate(top), len(created) > 10, sorted(states))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
created.clear()

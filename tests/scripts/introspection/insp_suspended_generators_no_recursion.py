# Suspended generators do not count toward the recursion limit: many of
# them can exist and be resumed one after another at shallow depth.
import sys

sys.setrecursionlimit(200)

def gen(i):
    yield i
    yield i * 2

gens = [gen(i) for i in range(5000)]
print(sum(next(g) for g in gens))
print(sum(next(g) for g in gens))
print(sum(1 for g in gens if next(g, None) is None))
print(sys.getrecursionlimit())

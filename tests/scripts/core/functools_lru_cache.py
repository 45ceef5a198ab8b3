import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
calls = []
@functools.lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x * 10
for x in [1, 2, 1, 3, 1, 2]:
    f(x)
print(calls, f.cache_info())
@functools.lru_cache
def g(a, b=1):
    return a + b
print(g(1), g(1), g(1, b=1), g(1, 1), g.cache_info().hits, g.cache_info().misses)
@functools.cache
def h(n):
    return n * 2
print(h(3), h(3), h.cache_info())
try:
    g([1])
except TypeError as e:
    print(type(e).__name__, e)
print(fib.__name__, fib.__wrapped__.__name__)

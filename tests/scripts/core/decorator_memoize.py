def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
calls = []
@memoize
def slow_square(n):
    calls.append(n)
    return n * n
print([slow_square(i % 3) for i in range(7)], calls)
def timed_name(f):
    f.label = f.__name__.upper()
    return f
@timed_name
def job():
    return "done"
print(job(), job.label)

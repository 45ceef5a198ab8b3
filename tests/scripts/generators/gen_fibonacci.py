# The Fibonacci generator, with big numbers.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

g = fib()
print([next(g) for _ in range(15)])
for i, v in enumerate(fib()):
    if i == 100:
        print(v)
        break
print(next(v for v in fib() if v > 10 ** 20))

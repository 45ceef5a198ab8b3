# A lambda containing yield is a generator function.
g = lambda: (yield 1)
gen = g()
print(type(gen).__name__, gen.__name__)
print(next(gen))
try:
    gen.send("x")
except StopIteration as e:
    print("lambda returns the sent value:", e.value)

echo = lambda n: (yield from range(n))
print(list(echo(3)))

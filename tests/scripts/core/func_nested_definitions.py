def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {"add": add, "sub": sub}
ops = make_ops()
print(ops["add"](5, 3), ops["sub"](5, 3), ops["add"].__qualname__)
def counter_factory(start):
    def counter():
        counter.calls += 1
        return start + counter.calls
    counter.calls = 0
    return counter
c = counter_factory(10)
print(c(), c(), c.calls)
def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_inner(10))
def defines_class():
    class Local:
        def hi(self):
            return "hi from local class"
    return Local()
print(defines_class().hi())

# __name__ and __qualname__ of a generator object can be changed (str only).
def gen():
    yield 1

g = gen()
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__)
print(gen.__name__, gen().__name__)
print("code unchanged:", g.gi_code.co_name)
for attr in ("__name__", "__qualname__"):
    try:
        setattr(g, attr, 123)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del g.__name__
except TypeError as e:
    print(type(e).__name__, e)
def f():
    yield
f.__name__ = "changed_before_call"
f.__qualname__ = "Q.changed_before_call"
print(f().__name__, f().__qualname__)

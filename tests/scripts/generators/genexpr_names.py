# __name__ and __qualname__ of generator expressions.
g = (x for x in [])
print(g.__name__, g.__qualname__, g.gi_code.co_name)

def outer():
    return (x for x in [])

print(outer().__qualname__)

class C:
    def method(self):
        return (y for y in [])
    def nested(self):
        def inner():
            return (z for z in [])
        return inner()

print(C().method().__qualname__)
print(C().nested().__qualname__)
h = (list(y for y in x) for x in [[1]])
print(next(h))
print(type(h).__name__)

# __name__ and __qualname__ of generators, from functions, nested
# functions, methods, static/class methods and lambdas.
def top():
    yield

def outer():
    def inner():
        yield
    return inner()

class K:
    def method(self):
        yield
    @staticmethod
    def static():
        yield
    @classmethod
    def cls(cls):
        yield
    class Nested:
        def deep(self):
            yield

lam = lambda: (yield)
for g in [top(), outer(), K().method(), K.static(), K.cls(),
          K.Nested().deep(), lam()]:
    print(type(g).__name__, g.__name__, g.__qualname__)

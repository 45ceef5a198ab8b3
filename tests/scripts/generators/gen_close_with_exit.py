# close() runs the __exit__ of with blocks the generator is suspended in.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, tb is not None)
        return False

def gen():
    with Resource("outer"):
        with Resource("inner") as r:
            yield r.name
            yield "unreached"

g = gen()
print(next(g))
g.close()
print("closed")

# close() through a three-level chain closes innermost first.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__)

def level3():
    with CM("l3"):
        yield "l3"

def level2():
    with CM("l2"):
        yield from level3()

def level1():
    try:
        yield from level2()
    except GeneratorExit:
        print("l1 GeneratorExit")
        raise

g = level1()
print(next(g))
print(g.gi_yieldfrom.gi_yieldfrom.__name__)
g.close()
print(g.gi_frame, g.gi_yieldfrom)

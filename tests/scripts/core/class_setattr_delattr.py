class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(f, "y", 1)
except AttributeError as e:
    print(type(e).__name__, e)
class Recorder:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append((name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)
r = Recorder()
r.a = 1
setattr(r, "b", 2)
r.a += 10
del r.b
delattr(r, "a")
print(r.log, vars(r))
try:
    del r.nothing
except AttributeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
setattr(p, "with space", 1)
print(getattr(p, "with space"), sorted(vars(p)))
try:
    setattr(p, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)

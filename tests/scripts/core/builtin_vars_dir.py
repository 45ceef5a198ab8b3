class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass
c = Child()
print(vars(c))
print(sorted(k for k in vars(Child) if not k.startswith("__")))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print("__init__" in dir(c), "__class__" in dir(c), dir(c) == sorted(dir(c)))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
import math
print("sqrt" in dir(math), "pi" in vars(math))
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))

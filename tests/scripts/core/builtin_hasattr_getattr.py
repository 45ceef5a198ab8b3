class A:
    cls_attr = "c"
    def __init__(self):
        self.inst = "i"
    @property
    def broken(self):
        raise ValueError("property failed")
    @property
    def attr_err(self):
        raise AttributeError("inside property")
a = A()
print(hasattr(a, "inst"), hasattr(a, "cls_attr"), hasattr(a, "nope"), hasattr(A, "inst"), hasattr(a, "__init__"))
print(getattr(a, "inst"), getattr(A, "cls_attr"), getattr(a, "nope", 42), getattr(a, "attr_err", "dflt"))
print(hasattr(a, "attr_err"))
try:
    hasattr(a, "broken")
except ValueError as e:
    print(type(e).__name__, e)
setattr(a, "new", [1])
setattr(A, "cls_new", "added")
print(a.new, a.cls_new, A.cls_new)
delattr(a, "new")
delattr(A, "cls_new")
print(hasattr(a, "new"), hasattr(a, "cls_new"))
print(getattr([], "append").__name__, getattr(1, "real"), getattr("s", "upper")())
try:
    delattr(a, "cls_attr")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hasattr(a, 1)
except TypeError as e:
    print(type(e).__name__, e)

class Foo:
    bar = 1
    def method(self):
        pass
for obj, name in [(Foo(), "baz"), (Foo, "baz"), (1, "x"), ("s", "nope"), ([], "push"), ({}, "has_key"),
                  (None, "y"), (len, "z"), (Foo.method, "w"), (type, "qq")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
import math
try:
    math.nope
except AttributeError as e:
    print(type(e).__name__, e)
class WithSlots:
    __slots__ = ()
try:
    WithSlots().a = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Foo.bar.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
e = AttributeError("custom")
print(e, e.args)

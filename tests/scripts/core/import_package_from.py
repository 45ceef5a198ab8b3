from _pkg_shapes import Circle, VERSION
from _pkg_shapes.square import Square
from _pkg_shapes import circle as circle_mod
print(Circle(1), Square(2), VERSION, circle_mod.Circle is Circle)
from _pkg_shapes import *
print(sorted(n for n in dir() if not n.startswith("__")))
try:
    from _pkg_shapes import missing_name
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import _pkg_shapes.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

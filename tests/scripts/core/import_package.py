import _pkg_shapes
print(_pkg_shapes.Circle(2), _pkg_shapes.Circle(2).area(), _pkg_shapes.VERSION)
print(_pkg_shapes.square.Square(3), _pkg_shapes.square.Square(3).area())
print(_pkg_shapes.__name__, _pkg_shapes.__package__, _pkg_shapes.circle.__name__, _pkg_shapes.circle.__package__)
import _pkg_shapes.sub.deep
print(_pkg_shapes.sub.deep.info())
import _pkg_shapes.sub.deep as d
print(d is _pkg_shapes.sub.deep, d.__name__)
from _pkg_shapes.sub import deep, unit
print(deep.info() == d.info(), unit())
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg_shapes")))

print("init _pkg_shapes", __name__)
from .circle import Circle
from . import square
VERSION = "1.0"
__all__ = ["Circle", "VERSION"]

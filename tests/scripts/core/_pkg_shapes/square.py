from . import _util
from ._util import describe as _describe
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def __repr__(self):
        return _describe(self, self.s) + "/" + _util.__name__

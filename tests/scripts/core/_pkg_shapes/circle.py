from ._util import describe
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
    def __repr__(self):
        return describe(self, self.r)

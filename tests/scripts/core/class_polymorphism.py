class Shape:
    name = "shape"
    def area(self):
        return 0
    def __str__(self):
        return f"{self.name} with area {self.area():g}"
class Rect(Shape):
    name = "rect"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    name = "square"
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r * self.r, 3)
shapes = [Rect(2, 3), Square(4), Circle(1), Shape()]
for s in shapes:
    print(s)
print(sorted(shapes, key=lambda s: s.area())[-1].name)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
print(sum(s.area() for s in shapes))
def describe(obj):
    return obj.area() if hasattr(obj, "area") else "no area"
print([describe(o) for o in [Square(2), 5, "x"]])

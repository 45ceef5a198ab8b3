class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P{self.x, self.y}"
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, Point(3, 3) in pts)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], hash(Point(1, 2)) == hash((1, 2)))
p = Point(5, 5)
s = {p}
p.x = 6
print(p in s, Point(6, 5) in s, Point(5, 5) in s, len(s))
print(sorted(pts, key=lambda q: (q.x, q.y)))

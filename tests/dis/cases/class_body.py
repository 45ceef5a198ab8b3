class Point:
    """A point."""
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scaled(self):
        return Point(self.x * self.scale, self.y * self.scale)

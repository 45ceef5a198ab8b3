class Point(Base, metaclass=Meta):
    """A point."""
    x: int = 0
    y: int = 0
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0, /, *, z=None):
        self.x, self.y = x, y

    @property
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    @classmethod
    def origin(cls):
        return cls()

class A:
    __slots__ = ("x",)
class B:
    def __init__(self):
        self.y = 1
    @property
    def ro(self):
        return 1
checks = [
    lambda: A().x,
    lambda: A().__dict__,
    lambda: setattr(A(), "z", 1),
    lambda: B().z,
    lambda: B.z,
    lambda: setattr(B(), "ro", 2),
    lambda: delattr(B(), "ro"),
    lambda: delattr(B(), "nope"),
    lambda: B().y.z,
    lambda: setattr(B, "__name__", 5),
]
for c in checks:
    try:
        c()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

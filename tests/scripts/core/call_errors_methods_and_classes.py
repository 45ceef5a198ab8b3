class Widget:
    def __init__(self, name, *, size=1):
        self.name = name
    def resize(self, w, h):
        return w * h
    @classmethod
    def build(cls, kind):
        return cls(kind)
    @staticmethod
    def check(value, /):
        return value
calls = [
    lambda: Widget(),
    lambda: Widget("a", 2),
    lambda: Widget("a", sise=2),
    lambda: Widget("a").resize(1),
    lambda: Widget("a").resize(1, 2, 3),
    lambda: Widget("a").resize(w=1, h=2, d=3),
    lambda: Widget.build(),
    lambda: Widget.build("a", "b"),
    lambda: Widget.check(value=1),
    lambda: Widget.check(),
    lambda: Widget.resize(1, 2),
]
for c in calls:
    try:
        c()
        print("ok")
    except TypeError as e:
        print(type(e).__name__, e)

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Key({self.name})"
a, b = Key("a"), Key("b")
d = {a: 1, b: 2}
print(d[a], d[b], Key("a") in d, a in d, len(d))
s = {a, a, b}
print(len(s), a in s)
print(a == a, a == Key("a"), a != b)
registry = {}
def register(cls):
    registry[cls] = cls.__name__.lower()
    return cls
@register
class Alpha:
    pass
@register
class Beta:
    pass
print(list(registry.values()), registry[Alpha], Beta in registry)

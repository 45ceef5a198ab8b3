def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3))
print(append_to.__defaults__)
r1 = append_to("a", [])
print(r1, append_to.__defaults__)
def add_key(k, d={}):
    d[k] = len(d)
    return d
add_key("x")
add_key("y")
print(add_key("z"))
def fixed(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(fixed(1), fixed(2))
class Holder:
    def __init__(self, items=[]):
        self.items = items
h1, h2 = Holder(), Holder()
h1.items.append("shared!")
print(h2.items, h1.items is h2.items)
def counter(_cache={"n": 0}):
    _cache["n"] += 1
    return _cache["n"]
print(counter(), counter(), counter())

d = {"x": 1, "y": 2}
print(d.get("x"), d.get("z"), d.get("z", 0), d.setdefault("x", 9), d.setdefault("z", 3), d)
print(d.pop("x"), d.pop("nope", "default"), d)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
d.update(y=20)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0))
d.clear()
print(d, len(d))
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)

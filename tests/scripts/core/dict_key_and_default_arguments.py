# get, setdefault and pop take a key and an optional default, positionally
# only: their errors for other calls, and the calls that work.
d = {"a": 1}
for name in ("get", "setdefault", "pop"):
    method = getattr(d, name)
    for args, kwargs in (((), {}), (("a", 1, 2), {}), (("a",), {"default": 3}), ((), {"key": "a"})):
        try:
            print(name, method(*args, **kwargs))
        except TypeError as e:
            print(name, "TypeError:", e)
print(d.get("a"), d.get("b"), d.get("b", 5), d.setdefault("c"), d.setdefault("e", 6))
print(d.pop("c"), d.pop("x", "fallback"), d)
try:
    d.pop("x")
except KeyError as e:
    print("KeyError:", e)

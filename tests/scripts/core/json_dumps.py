import json
data = {"name": "Eddy", "version": 1.5, "tags": ["a", "b"], "active": True, "none": None, "count": 3, "nested": {"k": [1, {"x": 2}]}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2, 3], indent=0))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1}, separators=(";", "=")), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps("é\n\"quoted\"\t\u2028"), json.dumps("é", ensure_ascii=False), json.dumps("😀"))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10 ** 30), json.dumps(float("inf")), json.dumps(float("nan")))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps((1, 2)), json.dumps("plain"), json.dumps(None), json.dumps(False))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent="\t"))
for bad in [{1, 2}, object(), b"bytes", {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({"x": object()}, default=lambda o: "custom"))

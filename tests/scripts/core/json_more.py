import json
for text in ['{\n  "a": 1,\n  "b": ]\n}', '[1,\n2,\n3 4]', '"tab\there"', '"\\ud83d"', '{"a":1,}', '\ufeff[]', '[1e5, 1E-2, 0.5e+1, -0]']:
    try:
        print(repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(e.msg, "|", e.pos, e.lineno, e.colno, "|", e)
print(json.loads(b'{"k": "\xc3\xa9"}'), json.loads(bytearray(b"[1]")), json.loads('"tab\there"', strict=False))
print(json.loads('[1.5, 2, "x"]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads("[NaN]", parse_constant=lambda c: c))
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({"a": 1, (1, 2): 2, "c": 3}, skipkeys=True), json.dumps({3: 1, 1: 2}, sort_keys=True))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)
print(json.dumps([Point(1, 2), {"p": Point(3, 4)}], cls=PointEncoder))
try:
    json.dumps({"p": Point(0, 0)})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({(1,): 1})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps("\x00\x1f\x7f\u0100\U0001f600", ensure_ascii=False), json.dumps("\x00\x1f\x7f\u0100"))
print(json.dumps([1, [2, {"a": []}], {}], indent=4))
print(json.dumps({"k": [1, 2]}, indent="--", separators=(" ,", " : ")))
print(json.dumps([True, False, None, 1.0, 1e16, 123456789.125, 2 ** 64, -1.5e-7]))
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyStr(str):
    __slots__ = ()
print(json.dumps({MyStr("k"): MyInt(5), "f": float("-inf")}), json.dumps(MyStr("s")))
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
out = Out()
json.dump({"a": [1, 2]}, out, indent=1)
print("".join(out.parts))
class In:
    def read(self):
        return '{"from": "file"}'
print(json.load(In()), json.JSONDecoder().raw_decode('[1] tail'), json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
print(list(json.JSONEncoder().iterencode({"a": [1]}))[-1], issubclass(json.JSONDecodeError, ValueError))

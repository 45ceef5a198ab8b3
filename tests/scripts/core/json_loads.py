import json
doc = '{"name": "Eddy", "list": [1, 2.5, -3e2, true, false, null], "nested": {"a": {"b": [{}, []]}}, "unicode": "\\u00e9\\ud83d\\ude00", "esc": "line\\nbreak\\t\\"q\\" \\\\ \\/"}'
obj = json.loads(doc)
print(obj)
print(obj["list"], obj["nested"]["a"]["b"], obj["unicode"], obj["esc"])
print(type(obj["list"][0]).__name__, type(obj["list"][1]).__name__, type(obj["list"][2]).__name__)
print(json.loads("[]"), json.loads("{}"), json.loads('"s"'), json.loads("3"), json.loads("  -1.5e-3  "), json.loads("null"), json.loads("12345678901234567890123"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1, [2, [3, [4]]]]"))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
for bad in ["", "{", "[1,]", "{'a': 1}", '{"a" 1}', "tru", "[1] x", '"unterminated', "01", "{\"a\":}", "[1 2]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), type(e).__name__, isinstance(e, ValueError))
roundtrip = {"k": [1, 2.0, "3", None, True], "e": {}}
print(json.loads(json.dumps(roundtrip)) == roundtrip)
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))

import json
cases = ["{\"a\": }", "[1, 2", "", "nul", "{\"a\" 1}", "[1,,2]", "\"\\x\"", "1.2.3", "{1: 2}", "[] []"]
for text in cases:
    try:
        json.loads(text)
        print(repr(text), "parsed")
    except json.JSONDecodeError as e:
        print(repr(text), type(e).__name__, isinstance(e, ValueError))
for value in [set(), b"x", object, {1, 2}, [1, {2}]]:
    try:
        json.dumps(value)
    except TypeError as e:
        print(type(e).__name__)
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__)
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, type(json.loads("1e2")).__name__, type(json.loads("[]")).__name__)
print(json.loads('"\\u00e9"') == "é", json.loads('"\\ud83d\\ude00"') == "😀", json.dumps(json.loads("-0")), json.loads("-0.0"))

# eval with explicit globals and locals: __builtins__ is added to a globals
# dict lacking it, locals may be any mapping, and names resolve locals
# first, then globals, then builtins.
g = {"a": 1}
print(eval("a + 1", g))
print(sorted(g))
print(type(g["__builtins__"]).__name__, g["__builtins__"]["len"] is len)
print(eval("a + b", {"a": 1}, {"b": 2}))
print(eval("a", {"a": "global"}, {"a": "local"}))
print(eval("len('abc')", {}))


class Mapping:
    def __getitem__(self, key):
        if key == "magic":
            return 42
        raise KeyError(key)


print(eval("magic + 1", {}, Mapping()))
print(eval("len", {}, Mapping()))
try:
    eval("missing", {}, Mapping())
except NameError as e:
    print("NameError:", e)


class Loud(dict):
    def __getitem__(self, key):
        print("lookup", key)
        return super().__getitem__(key)


print(eval("p + q", {"q": 1}, Loud(p=2)))
custom = {"__builtins__": {"abs": lambda v: "fake abs"}}
print(eval("abs(-1)", custom))
try:
    eval("len('x')", custom)
except NameError as e:
    print("NameError:", e)
print(eval("1", {}, None), eval("2", None, None))

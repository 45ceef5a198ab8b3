d = {"a": 1, "b": 2}
keys = d.keys()
items = d.items()
values = d.values()
d["c"] = 3
print(len(keys), list(items)[-1], 3 in values, sorted(keys - {"a"}))
print(keys & {"b", "c", "z"} == {"b", "c"}, items & {("a", 1)} == {("a", 1)}, keys | ["q"] == {"a", "b", "c", "q"})
print(keys.isdisjoint({"x"}), keys == {"a", "b", "c"}, keys == ["a", "b", "c"], values == values)
print(list(map(str.upper, keys)), sum(values), max(items), sorted(items, key=lambda kv: -kv[1]))
print(type(keys).__name__, type(values).__name__, type(items).__name__)
del d["a"]
print(list(keys), list(values), repr(keys), repr(items))
it = iter(keys)
print(next(it))
d.clear()
print(keys, len(values), bool(items))

from collections import ChainMap
defaults = {"color": "red", "user": "guest", "size": 1}
overrides = {"user": "admin"}
cm = ChainMap(overrides, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), "size" in cm, cm.get("nope", 0))
print(list(cm.keys()), list(cm.values()), list(cm.items()))
cm["color"] = "blue"
print(overrides, defaults["color"])
child = cm.new_child({"size": 3})
print(child["size"], child.parents["size"], len(child.maps), child)
del child["size"]
try:
    del child["user"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    cm["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(ChainMap(), ChainMap({"a": 1}) == {"a": 1}, dict(ChainMap({"a": 1}, {"b": 2, "a": 0})))
print(cm.pop("color"), cm.maps, bool(ChainMap({})), ChainMap.fromkeys("ab", 0))

orig = {"a": [1, 2], "b": {"c": 3}}
shallow = orig.copy()
also = dict(orig)
spread = {**orig}
shallow["a"].append(3)
shallow["new"] = 1
print(orig, also["a"] is orig["a"], spread["b"] is orig["b"], "new" in orig)
def deep(x):
    if isinstance(x, dict):
        return {k: deep(v) for k, v in x.items()}
    if isinstance(x, list):
        return [deep(v) for v in x]
    return x
d2 = deep(orig)
d2["b"]["c"] = 99
print(orig["b"], d2["b"])
keys = dict.fromkeys(["x", "y"], [])
keys["x"].append(1)
print(keys)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    return 1 + max((depth(v) for v in t.values()), default=0)
print(depth(tree))

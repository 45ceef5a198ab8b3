import json
doc = """
{
  "users": [
    {"id": 1, "name": "Ann", "roles": ["admin", "dev"], "profile": {"age": 31, "active": true}},
    {"id": 2, "name": "Bob", "roles": [], "profile": {"age": null, "active": false}},
    {"id": 3, "name": "Çağla", "roles": ["dev"], "profile": {"age": 27.5, "active": true}}
  ],
  "meta": {"count": 3, "tags": {"a": [1, [2, [3, {"deep": "yes"}]]]}}
}
"""
data = json.loads(doc)
print(len(data["users"]), data["meta"]["tags"]["a"][1][1][1]["deep"])
for u in data["users"]:
    print(u["id"], u["name"], ",".join(u["roles"]) or "-", u["profile"]["age"], u["profile"]["active"])
active = [u["name"] for u in data["users"] if u["profile"]["active"]]
print(active, sum(u["profile"]["age"] or 0 for u in data["users"]))
print(json.dumps(data["meta"], sort_keys=True))
print(json.dumps(data["users"][2], ensure_ascii=False))
print(json.dumps(data["users"][2]))
print(list(data), list(data["users"][0]))

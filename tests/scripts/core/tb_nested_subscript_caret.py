data = {"users": [{"name": "ann", "tags": ["a"]}, {"name": "bob", "tags": []}]}
print(data["users"][0]["tags"][0])
print(data["users"][1]["tags"][0])

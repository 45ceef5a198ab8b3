import json
inventory = {
    "store": "Corner Shop",
    "open": True,
    "rating": 4.5,
    "items": [
        {"sku": "A1", "name": "apple", "price": 0.5, "qty": 100, "tags": ["fruit", "fresh"]},
        {"sku": "B2", "name": "bread", "price": 2.25, "qty": 0, "tags": []},
        {"sku": "C3", "name": "café crème", "price": 3.1, "qty": 7, "tags": ["drink"]},
    ],
    "manager": None,
}
text = json.dumps(inventory, indent=2, sort_keys=True)
print(text)
back = json.loads(text)
print(back == inventory)
in_stock = [i["name"] for i in back["items"] if i["qty"] > 0]
value = sum(i["price"] * i["qty"] for i in back["items"])
print(in_stock, round(value, 2))
back["items"].append({"sku": "D4", "name": "dates", "price": 5, "qty": 2, "tags": ["dried"]})
compact = json.dumps(back, separators=(",", ":"), ensure_ascii=False)
print(len(compact), compact[:60])
print(json.loads(compact)["items"][-1])
print(json.dumps({"nested": [[1, [2, [3]]], {"a": {"b": {}}}]}))

from collections import defaultdict, namedtuple
Item = namedtuple("Item", "name category price")
class Inventory:
    def __init__(self):
        self._items = {}
        self._stock = defaultdict(int)
    def add(self, item, qty=1):
        self._items[item.name] = item
        self._stock[item.name] += qty
    def remove(self, name, qty=1):
        if self._stock[name] < qty:
            raise ValueError(f"only {self._stock[name]} {name} left")
        self._stock[name] -= qty
    def __len__(self):
        return sum(self._stock.values())
    def __contains__(self, name):
        return self._stock.get(name, 0) > 0
    def __iter__(self):
        for name in sorted(self._items):
            if self._stock[name]:
                yield self._items[name], self._stock[name]
    def by_category(self):
        cats = defaultdict(list)
        for item, qty in self:
            cats[item.category].append(item.name)
        return dict(sorted(cats.items()))
    def value(self):
        return sum(item.price * qty for item, qty in self)
inv = Inventory()
inv.add(Item("hammer", "tools", 12.5), 3)
inv.add(Item("nails", "tools", 0.05), 500)
inv.add(Item("glue", "supplies", 3.0), 2)
inv.add(Item("tape", "supplies", 2.0))
print(len(inv), "nails" in inv, "saw" in inv)
inv.remove("tape")
print("tape" in inv, inv.by_category())
try:
    inv.remove("glue", 5)
except ValueError as e:
    print("error:", e)
for item, qty in inv:
    print(f"{item.name:<8}{item.category:<10}{qty:>5} x {item.price:6.2f}")
print(f"total value: {inv.value():.2f}")

class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(Counter.count)
a = Counter()
b = Counter()
print(Counter.count, a.count, b.count, a.items is b.items, Counter.items)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
Counter.count = 50
print(a.count, b.count)
class Fixed:
    items = None
    def __init__(self):
        self.items = []
x, y = Fixed(), Fixed()
x.items.append(1)
print(x.items, y.items, Fixed.items)
class Shadow:
    def method(self):
        return "method"
s = Shadow()
s.method = lambda: "instance attr"
print(s.method(), Shadow().method())
print("count" in Counter.__dict__, "count" in vars(b))
Counter.new_attr = "added later"
print(a.new_attr)

x = "global x"
class C:
    x = "class x"
    y = x + " used in body"
    items = [x for _ in range(1)]
    def method(self):
        return x
    z = len(items)
print(C.y, C.items, C().method(), C.z)
class D:
    a = 1
    b = a * 2
    def get_a(self):
        try:
            return a
        except NameError as e:
            return f"NameError: {e}"
print(D().get_a())
def outer():
    v = "enclosing v"
    class Inner:
        w = v
        def m(self):
            return v
    return Inner
I = outer()
print(I.w, I().m())
class Counter:
    total = 0
    for i in range(5):
        total += i
    del i
print(Counter.total, hasattr(Counter, "i"))

x = "module"
class A:
    x = "class A"
    def method(self):
        return x
    def method_cls(self):
        return self.x, type(self).x, A.x
    lam = lambda self: x
a = A()
print(a.method(), a.method_cls(), a.lam())
def f():
    x = "function f"
    class B:
        print("in B body sees", x)
        y = x
        x = "class B"
        def m(self):
            return x
    return B
B = f()
print(B.y, B.x, B().m())
def g():
    x = "g local"
    class C:
        nonlocal_x = x
    return C.nonlocal_x
print(g())

class A:
    pass
class B():
    pass
class C:
    x = 1
    def method(self):
        return self.x
class D: pass
class E: x = 1; y = 2

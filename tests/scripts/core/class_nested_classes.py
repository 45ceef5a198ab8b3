class Outer:
    class Inner:
        value = "inner value"
        class Deep:
            def who(self):
                return type(self).__qualname__
    def make(self):
        return self.Inner()
print(Outer.Inner.value, Outer().make().value, Outer.Inner.Deep().who())
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__name__, Outer.Inner.__name__)
def factory(n):
    class Local:
        size = n
        def __repr__(self):
            return f"Local(size={self.size})"
    return Local
A, B = factory(1), factory(2)
print(A(), B(), A is B, A.__qualname__, A.__name__)
def f():
    def g():
        pass
    return g
print(f().__qualname__, f.__qualname__, (lambda: 0).__qualname__, (lambda: 0).__name__)

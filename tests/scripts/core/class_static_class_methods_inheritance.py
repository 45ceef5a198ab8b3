class Base:
    count = 0
    @classmethod
    def create(cls, *args):
        cls.count += 1
        return cls(*args)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} (count={cls.count})"
    @staticmethod
    def helper(x):
        return x * 2
    def use_helper(self, x):
        return self.helper(x) + 1
class Child(Base):
    @staticmethod
    def helper(x):
        return x * 100
Base.create()
Child.create()
Child.create()
print(Base.describe(), Child.describe(), Base.count, Child.count)
print(Base().use_helper(1), Child().use_helper(1), Child.helper(2), Base.helper(2))
print(type(Child.create()).__name__, Child.count)
cm = Base.__dict__["create"]
print(type(cm).__name__, cm.__func__.__name__, Child.create.__self__ is Child)

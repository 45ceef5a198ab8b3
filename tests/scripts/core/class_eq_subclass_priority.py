class Base:
    def __eq__(self, other):
        print("Base.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("Base.__lt__")
        return True
class Child(Base):
    def __eq__(self, other):
        print("Child.__eq__")
        return True
    def __gt__(self, other):
        print("Child.__gt__")
        return False
b, c = Base(), Child()
print(b == c)
print(c == b)
print(b < c)
print(c > b)
print(b != c)
class Other:
    pass
print(b == Other())
print(b != Other())

class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), MyDate(1, 2, 3).is_leap(2024))
d = Date(2020, 1, 1)
print(d.from_string("2021-05-06"), type(d.from_string("1-1-1")).__name__)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__.__name__, Date.is_leap.__name__)
sm = staticmethod(lambda x: x * 2)
cm = classmethod(lambda cls: cls.__name__)
class Late:
    double = sm
    name = cm
print(Late.double(4), Late().name(), Late.name())

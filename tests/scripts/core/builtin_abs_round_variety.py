class HasAbs:
    def __abs__(self):
        return "abs called"
print(abs(HasAbs()), abs(-7), abs(7.5), abs(-0.0), abs(False), abs(-10 ** 50))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.5, 0), round(25, -1), round(35, -1))
print(round(1.23456, 3), round(-1.23456, 3), round(1e15 + 0.5), round(123.456, -1), round(123.456, -3))
print(round(2 ** 100, -30), round(-2 ** 100, -29), round(0, 5), round(0.0, 5), round(-0.0))
class HasRound:
    def __round__(self, n=None):
        return ("round", n)
print(round(HasRound()), round(HasRound(), 3), round(HasRound(), None))

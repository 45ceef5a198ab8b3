class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __ne__(self, o):
        print("custom __ne__")
        return not self == o
    def __lt__(self, o):
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    def __gt__(self, o):
        return self.cents > o.cents
    def __ge__(self, o):
        return self.cents >= o.cents
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
a, b = Money(150), Money(99)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(sorted([a, b, Money(1000)]), max(a, b), min([a, b]), len({a, Money(150), b}))
print(a == 150, Money(5) in [Money(5)], [Money(1)] == [Money(1)])
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))

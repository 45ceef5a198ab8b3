class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {P(1)}
except TypeError as e:
    print(type(e).__name__, e)
class H(P):
    def __hash__(self):
        return hash(self.x)
print(hash(H(5)) == hash(5), len({H(1), H(1), H(2)}), H(3) in {H(3): 0})
class NoEq:
    pass
a = NoEq()
print(a == a, a == NoEq(), hash(a) == hash(a), len({a, a}))
class Inherit(H):
    def __eq__(self, other):
        return False
try:
    hash(Inherit(1))
except TypeError as e:
    print(type(e).__name__, e)
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))

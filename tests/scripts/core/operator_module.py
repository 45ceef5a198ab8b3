import operator
from operator import attrgetter, itemgetter, methodcaller
print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.neg(4))
print(operator.lt(1, 2), operator.eq([1], [1]), operator.is_(None, None), operator.not_(0), operator.truth([]))
print(operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("xyz", "z"), operator.getitem({"k": 9}, "k"))
data = [1, 2]
operator.setitem(data, 0, 10)
operator.delitem(data, 1)
print(data, operator.iadd(data, [3]), data, operator.index(7), operator.__add__ is operator.add, operator.__not__(1))
print(operator.length_hint([1, 2]), operator.length_hint(type('H', (), {'__length_hint__': lambda self: 5})()), operator.length_hint(object(), 7), operator.call(len, "abc"))
rows = [("b", 2, {"n": 1}), ("a", 3, {"n": 0}), ("c", 1, {"n": 2})]
print(sorted(rows, key=itemgetter(1)), [itemgetter(0, 1)(r) for r in rows], itemgetter(slice(1))("xyz"))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
p = P("ann", P("bob"))
print(attrgetter("name")(p), attrgetter("name", "inner.name")(p), methodcaller("greet", "hi", punct="?")(p))
print(itemgetter(1), itemgetter(1, "k"), attrgetter("a.b", "c"), methodcaller("m", 1, x=2), methodcaller("upper")("q"))
for call in [lambda: attrgetter(1), lambda: methodcaller(5), lambda: operator.indexOf([1], 2), lambda: operator.concat(1, 2), lambda: itemgetter(5)([1])]:
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("  hello   big world "), string.capwords("a-b-c", "-"))

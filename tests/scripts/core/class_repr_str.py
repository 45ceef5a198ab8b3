class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only str"
b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s)
print(repr(b), repr(r), str(b), str(r))
print([b, r], (b,), {"k": b}, f"{b} {b!r} {r}")
print("%s %r" % (b, b), "{} {!r}".format(b, b))
print(type(repr(s)).__name__, repr(s).startswith("<__main__.OnlyStr object at 0x"))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Both):
    pass
print(Sub(), repr(Sub()))
print(repr(int), repr(Both).replace("__main__.", "M."), str(len), repr(print))

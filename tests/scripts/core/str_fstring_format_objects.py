class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        return f"${self.v:{spec}}"
    def __str__(self):
        return f"Money({self.v})"
    def __repr__(self):
        return f"Money<{self.v}>"
m = Money(12.5)
print(f"{m}", f"{m:.2f}", f"{m!s}", f"{m!r}", format(m, "08.1f"), "{:.3f}".format(m), str(m))
class NoFormat:
    def __repr__(self):
        return "NF"
print(f"{NoFormat()}", f"{NoFormat()!s:>5}")
try:
    f"{NoFormat():>5}"
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("bool called for", self.on)
        return self.on
f, t = Flag(False), Flag(True)
if t:
    print("t is truthy")
if not f:
    print("f is falsy")
print("and:", (f and "never") is f)
print("or:", f or "fallback")
x = "yes" if t else "no"
print(x)
n = 0
while Flag(n < 2):
    n += 1
print("loop ran", n)
print([v.on for v in [f, t] if v])
print(any([f, t]), all([t, f]))
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), "empty" if not Sized() else "full")

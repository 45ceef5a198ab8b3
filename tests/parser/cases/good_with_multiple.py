with a, b:
    pass
with a as x, b as y:
    pass
with a as x, b, c as z:
    pass
with a() as x, b() as y, c() as z, d():
    pass

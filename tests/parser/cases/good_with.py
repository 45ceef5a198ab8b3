with a:
    pass
with a as b:
    pass
with a() as b.c:
    pass
with a as b[0]:
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with open("f") as f:
    data = f.read()

with (a):
    pass
with (a, b):
    pass
with (a as b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (
    open("x") as f,
    open("y") as g,
):
    pass
with (a, b) as c:
    pass
with (a, b), c:
    pass
with (yield_ := x):
    pass

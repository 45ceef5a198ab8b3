a = (1)
b = ((1))
c = (((a)))
d = (a + b) * (c - (a))
e = (yield_ := 1)
f = (
    a
)

a = x in [1, 2]
b = x not in (1, 2)
c = x is None
d = x is not None
e = not x is None
f = x in y in z
g = (x in y) in z
h = x not in y is not z

a = not x
b = not x and y
c = not (x and y)
d = not x == y
e = not x < y < z
f = not -x
g = x == (not y)

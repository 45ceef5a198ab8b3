a = b = c = 0
a, b = b, a
a = b, c = d, e = f
x.y = z[0] = w = 1
[a, b] = (c, d) = e

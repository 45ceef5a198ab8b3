a = 1 < 2 < 3
b = x < y <= z
c = a == b == c == d
d = 0 <= i < n
e = x is y is not z
f = x in y not in z
g = a < b > c != d
h = (a < b) < c
i = a < (b < c)

a = x < y
b = x > y
c = x == y
d = x >= y
e = x <= y
f = x != y
g = x in y
h = x not in y
i = x is y
j = x is not y
k = not x in y
l = x is (not y)

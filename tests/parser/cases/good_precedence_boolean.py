a = not x == y
b = x and y or z
c = x or y and z
d = not x and not y
e = x or not y and z
f = (x or y) and z
g = x and (y or z)
h = a or b or c or d
i = a and b and c
j = a and b or c and d

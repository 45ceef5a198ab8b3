a = [*x, *y]
b = {*x}
c = (*x,)
d = *x, *y
e = [*x, 1, *y, 2]
f(*x, *y)
g = [*range(3)]
h = {**x, **y}
i = *x, 1

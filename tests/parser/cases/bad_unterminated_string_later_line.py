x = 1
y = 2
z = f(1, "abc)

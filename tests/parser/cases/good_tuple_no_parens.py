x = 1, 2
y = 1,
a, b = 1, 2
for i in 1, 2, 3:
    pass
def f():
    return 1, 2
z = x, *y
print((1, 2), 3)

funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = 100
    return fs
print([f() for f in make()])
def make2():
    return [(lambda k: lambda: k)(k) for k in range(3)]
print([f() for f in make2()])
x = "global"
def show():
    return x
x = "changed"
print(show())
def outer():
    v = "first"
    f = lambda: v
    v = "second"
    return f
print(outer()())

x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
f()
def g():
    try:
        y += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 0
g()
def h(flag):
    if flag:
        z = 1
    return z
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def d():
    v = 1
    del v
    return v
try:
    d()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    w = 1
    def inner():
        return w
    del w
    return inner()
try:
    outer()
except NameError as e:
    print(type(e).__name__, e)
try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
try:
    del undefined_too
except NameError as e:
    print(type(e).__name__, e)

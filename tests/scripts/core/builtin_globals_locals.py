x = 1
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = globals()
print(g["x"], "f" in g, g["__name__"], type(g).__name__)
g["dynamic"] = "created"
print(dynamic)
def show_locals():
    y = 5
    loc = locals()
    return sorted(loc)
print(show_locals())
print(locals() is globals())
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
def closure():
    v = 1
    def inner():
        return sorted(locals())
    w = v
    return inner()
print(closure())

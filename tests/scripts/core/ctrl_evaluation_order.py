def v(label, value=None):
    print("eval", label)
    return value if value is not None else label
def f(*args, **kwargs):
    return args, kwargs
print(f(v("a"), v("b"), k=v("c"), **{"z": v("d")}))
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(d)
lst = [0, 0, 0]
lst[v("idx", 1)] = v("rhs", 9)
print(lst)
print(v("left", 1) + v("right", 2) * v("mul", 3))
x = [v("e1"), v("e2")]
a, b = v("u1"), v("u2")
class O:
    pass
o = O()
o.attr = v("attr-rhs")
print(v("obj", o).attr)
print(v("cond", True) and v("then") or v("else"))
print(v("c1", 0) if v("test", False) else v("c2", 2))
t = (v("t1"), v("t2"))
def g(a=v("default evaluated at def")):
    return a
print(g())
print({v("s1", 1), v("s2", 2)})

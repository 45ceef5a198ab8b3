# Arguments are bound when the generator function is called; the body
# starts only at the first next().
def arg(x):
    print("evaluating arg", x)
    return x

def gen(a, b=arg("default"), *rest, key=None, **kw):
    print("body starts", a, b, rest, key, sorted(kw.items()))
    yield a

print("calling")
g = gen(arg(1), arg(2), 3, 4, key="k", z=1)
print("called")
print(next(g))
try:
    gen()
except TypeError as e:
    print(type(e).__name__, e)
g = gen(1, 2)
print(sorted(g.gi_frame.f_locals))

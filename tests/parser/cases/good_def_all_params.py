def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    pass
def g(p1, p2, /, n1, n2=0, *, k1, k2=None, **rest):
    pass
def h(a: int, /, b: int = 1, *args: int, c: int, d: int = 2, **kw: int) -> int:
    pass

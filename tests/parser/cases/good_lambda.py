a = lambda: 0
b = lambda x: x
c = lambda x, y: x + y
d = lambda x=1: x
e = lambda *args: args
f = lambda **kwargs: kwargs
g = lambda x, /, y: x
h = lambda *, key: key
i = lambda a, b=2, /, c=3, *d, e, f=6, **g: 0
j = lambda x, y=1, *z, w=2, **v: (x, y, z, w, v)
k = lambda x,: x
l = lambda *a, **k,: 0

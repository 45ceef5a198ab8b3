import os
a = os.path.join("a", "b")
b = os.path
c = a.upper().lower().strip()
d = "x".join([])
e = f()()()
f = obj.method(1)(2).attr[3].other

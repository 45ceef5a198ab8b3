x = 1 + \
    2
if a and \
   b:
    pass
y = \
    3
assert x, \
    "msg"
def f(a,
      b): \
    return a
with a as b, \
     c as d:
    pass

# types.MethodType(function, instance) binds any callable to an object.
import types


class A:
    def __init__(self, name):
        self.name = name


def greet(self, greeting):
    return greeting + ", " + self.name


a = A("eddy")
m = types.MethodType(greet, a)
print(m("hi"), m.__self__ is a, m.__func__ is greet, type(m) is types.MethodType)
a.greet = m
print(a.greet("hello"))
print(types.MethodType(len, [1, 2, 3])())
print(m == types.MethodType(greet, a), m == types.MethodType(greet, A("x")))
for args in [(), (len,), (len, None), (1, 2), (len, 1, 2)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    types.MethodType(len, 1, x=1)
except TypeError as e:
    print("TypeError:", e)

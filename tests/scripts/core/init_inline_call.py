# Calling a class whose __init__ is written in Python: the instance is the
# call's value, __init__ must return None, and errors in __init__ show in
# the traceback under the line of the call.
import sys


class Pair:
    def __init__(self, a, b=2, *rest, key=None):
        self.a = a
        self.b = b
        self.rest = rest
        self.key = key


p = Pair(1)
print(p.a, p.b, p.rest, p.key)
p = Pair(1, 3, 4, 5, key="k")
print(p.a, p.b, p.rest, p.key)
print([Pair(i).a for i in range(3)])


class Depth:
    def __init__(self):
        self.depth = sys._getframe().f_back.f_code.co_name


def maker():
    return Depth()


print(maker().depth)


class Returns:
    def __init__(self, value):
        self.value = value
        return value


print(Returns(None).value)
try:
    Returns(5)
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self):
        raise ValueError("bad init")


try:
    Raises()
except ValueError as e:
    print("ValueError:", e)

try:
    Pair()
except TypeError as e:
    print("TypeError:", e)
try:
    Pair(1, nope=2)
except TypeError as e:
    print("TypeError:", e)


class Recursive:
    def __init__(self, n):
        self.child = Recursive(n - 1) if n else None


r = Recursive(50)
count = 0
while r:
    count += 1
    r = r.child
print(count)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)


def chained():
    return Returns("not none")


chained()

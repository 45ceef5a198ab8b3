import sys
print(sys.exc_info())
try:
    raise ValueError("one")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    try:
        raise KeyError("two")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def handler():
    return sys.exc_info()[1]
try:
    raise TypeError("in caller")
except TypeError:
    print(repr(handler()))

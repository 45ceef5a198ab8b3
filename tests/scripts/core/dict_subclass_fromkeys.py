# dict.fromkeys is a class method: a subclass gets an instance of itself,
# built by calling the class and filled with __setitem__.
class Loud(dict):
    def __init__(self, *args):
        print("Loud.__init__", args)
        super().__init__(*args)

    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


d = Loud.fromkeys("ab", 0)
print(type(d).__name__, d)
print(type(dict.fromkeys([1])).__name__, dict.fromkeys(range(3), []))
print(type({}.fromkeys("x")).__name__, type(Loud().fromkeys("")).__name__)
from collections import OrderedDict, defaultdict
print(type(OrderedDict.fromkeys("ab")).__name__, type(defaultdict.fromkeys("ab")).__name__)
try:
    dict.fromkeys()
except TypeError as e:
    print("TypeError:", e)
try:
    dict.fromkeys(1)
except TypeError as e:
    print("TypeError:", e)

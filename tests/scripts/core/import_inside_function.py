def lazy():
    import _mod_simple
    return _mod_simple.CONSTANT
print("before call")
print(lazy())
print("_mod_simple" in dir())
def lazy_from():
    from _mod_simple import greet
    return greet("fn")
print(lazy_from())
import sys
print("_mod_simple" in sys.modules)
def uses_math():
    import math as m
    return m.floor(2.7)
print(uses_math())

# A dict subclass as exec's globals is accepted; stores go to it.
class Globals(dict):
    pass


g = Globals(seed=3)
exec("grown = seed * 2", g)
print(type(g).__name__, g["grown"])
exec("def f():\n    return grown + 1\nresult = f()", g)
print(g["result"])
try:
    exec("1", {}.items())
except TypeError as e:
    print(e)

# __builtins__ in exec's globals: inserted when missing, and a dict given
# there replaces the builtins for that code and the functions it defines.
g = {}
exec("pass", g)
print(type(g["__builtins__"]).__name__, g["__builtins__"] is __builtins__.__dict__)
restricted = {"__builtins__": {"print": print}}
exec("print('only print')", restricted)
try:
    exec("len('x')", restricted)
except NameError as e:
    print("NameError:", e)
exec("def uses_len():\n    return len('abc')", restricted)
try:
    restricted["uses_len"]()
except NameError as e:
    print("NameError in function:", e)
import builtins
mod = {"__builtins__": builtins}
exec("print(abs(-3))", mod)
swapped = {"__builtins__": {"len": lambda v: "fake len", "print": print}}
exec("print(len([1, 2]))", swapped)

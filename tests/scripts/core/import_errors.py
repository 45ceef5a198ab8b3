try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    from no_such_module_xyz import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _mod_simple.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import _mod_broken
except ZeroDivisionError as e:
    print("import failed:", type(e).__name__, e)
import sys
print("_mod_broken" in sys.modules)
try:
    import _mod_broken
except ZeroDivisionError as e:
    print("import failed again:", type(e).__name__, e)

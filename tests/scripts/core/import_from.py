from _mod_simple import CONSTANT, greet as hello, Thing
print(CONSTANT, hello("x"), Thing())
from _mod_simple import bump, counter
print(bump(), bump(), counter)
import _mod_simple
print(_mod_simple.counter)
try:
    from _mod_simple import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name, "does_not_exist" in str(e))
from _mod_simple import _private
print(_private)

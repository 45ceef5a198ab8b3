import _mod_simple as m
m.added = "set from outside"
import _mod_simple
print(_mod_simple.added)
m.CONSTANT = 0
from _mod_simple import CONSTANT
print(CONSTANT)
print(getattr(m, "greet")("attr"), hasattr(m, "nope"), "greet" in vars(m))
print(m.__dict__ is vars(m), type(m.__dict__).__name__)
try:
    m.not_there
except AttributeError as e:
    print(type(e).__name__, e)
print(m.__name__, m.__doc__.split()[0])

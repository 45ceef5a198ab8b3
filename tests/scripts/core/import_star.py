from _mod_star import *
print(public_one, public_two())
try:
    hidden
except NameError as e:
    print(type(e).__name__, e)
try:
    _underscore
except NameError as e:
    print(type(e).__name__, e)
from _mod_simple import *
print(CONSTANT, "greet" in dir(), "_private" in dir())

import _mod_simple
print(_mod_simple.CONSTANT, _mod_simple.greet("main"), _mod_simple.Thing())
print(_mod_simple.__name__, _mod_simple.__doc__, type(_mod_simple).__name__)
print(_mod_simple.bump(), _mod_simple.bump(), _mod_simple.counter)
import _mod_simple
print("second import does not re-execute")
import _mod_simple as alias
print(alias is _mod_simple, alias.counter)
print(__name__)
print(sorted(n for n in dir(_mod_simple) if not n.startswith("__")))

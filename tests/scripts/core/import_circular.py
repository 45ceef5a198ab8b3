import _mod_circ_a
print(_mod_circ_a.from_a(), _mod_circ_a._mod_circ_b.from_b())
import _mod_circ_b
print(_mod_circ_b._mod_circ_a is _mod_circ_a)
try:
    import _mod_circ_bad_x
except ImportError as e:
    print(type(e).__name__, e.name)

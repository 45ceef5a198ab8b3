print("b: start")
import _mod_circ_a
B_VALUE = "b value"
print("b sees", _mod_circ_a.A_EARLY, hasattr(_mod_circ_a, "A_LATE"))
def from_b():
    return "from_b sees " + _mod_circ_a.A_LATE
print("b: end")

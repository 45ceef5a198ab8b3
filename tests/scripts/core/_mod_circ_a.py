print("a: start")
A_EARLY = "a early"
import _mod_circ_b
A_LATE = "a late"
def from_a():
    return "from_a sees " + _mod_circ_b.B_VALUE
print("a: end")

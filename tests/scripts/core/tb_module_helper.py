import _mod_raiser
print("calling helper")
_mod_raiser.explode(2)

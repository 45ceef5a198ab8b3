from _mod_circ_bad_x import X
Y = 2

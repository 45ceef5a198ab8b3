from _mod_circ_bad_y import Y
X = 1

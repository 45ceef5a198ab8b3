print("starting _mod_broken")
value = 1 / 0

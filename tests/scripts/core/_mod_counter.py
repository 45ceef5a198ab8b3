import builtins
builtins._mod_counter_loads = getattr(builtins, "_mod_counter_loads", 0) + 1
loads = builtins._mod_counter_loads
print("loading _mod_counter", loads)

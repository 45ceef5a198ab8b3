import builtins
print(builtins.len("abc"), builtins.__name__, builtins.print is print, builtins.int is int)
print(hasattr(builtins, "open"), hasattr(builtins, "nonexistent"))
original_len = builtins.len
builtins.my_helper = lambda: "global via builtins"
print(my_helper())
len = lambda x: "shadowed"
print(len([1]), builtins.len([1]))
del len
print(len([1, 2]))
print(type(__builtins__).__name__ in ("module", "dict"))

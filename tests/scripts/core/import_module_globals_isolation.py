import _mod_globals_a as a
import _mod_globals_b as b
print(a.value, b.value, a.get(), b.get())
a.set(10)
print(a.get(), b.get(), a.value)
value = "main value"
print(a.get(), value, a.read_main_value())

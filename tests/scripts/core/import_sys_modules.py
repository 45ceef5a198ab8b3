import sys
print("_mod_counter" in sys.modules)
import _mod_counter
print("_mod_counter" in sys.modules, sys.modules["_mod_counter"] is _mod_counter)
import _mod_counter
print(_mod_counter.loads)
del sys.modules["_mod_counter"]
import _mod_counter as again
print(again is _mod_counter, again.loads)
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, sys.modules["__main__"].__name__)
fake = type(sys)("fake_module")
fake.value = "injected"
sys.modules["fake_module"] = fake
import fake_module
print(fake_module.value, fake_module.__name__)

import sys
print(sys.argv, type(sys.argv).__name__, len(sys.argv))
sys.argv.append("--flag")
print(sys.argv[1:])
sys.argv[:] = ["prog", "a", "b"]
print(sys.argv)
import math
print(sys.modules["math"] is math, "math" in sys.modules, sys.modules.get("definitely_not_loaded"))
main = sys.modules["__main__"]
x_value = 123
print(main.x_value, main.__name__, hasattr(main, "math"))

print(str(1.0), str(10.0), str(1e16), str(1.5e-5), str(123.456))
print(int(2.999), int(-2.999), float(int(1e15)))
print(float(5) == 5, 5.0 == 5, hash(5.0) == hash(5))
print(3.0 .is_integer(), (1e300).is_integer())
d = {1: "int", 1.0: "float"}
print(d)
print(1.0 in {1}, 2 in {2.0})
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
import math
print(math.fsum([0.1] * 10))
print(0.1 + 0.7, 0.1 * 3, 4.0 - 3.9, 100 * 1.1)
print(1e16 + 1, 2 ** 53 + 1.0, 9007199254740993 == 9007199254740993.0)

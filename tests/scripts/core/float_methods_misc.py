x = 3.75
print(x.is_integer(), (4.0).is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x, x.real, x.imag, x.conjugate())
print((-0.0).hex(), (1e-320).hex(), float.fromhex("0x1p-1074"), float.fromhex("-0x1.fffffffffffffp+1023"))
print(int(x), round(x), round(x, 1), round(-x), float(int(x)), x // 1, x % 1, -x // 1, -x % 1)
print(max(1.5, float("-inf")), min(0.0, -0.0), sorted([0.0, -0.0, -1.0]), float(True), float(-5))
print(1.5.__add__(1), (2.5).__floordiv__(1), float.__mul__(2.0, 3.0), (0.1).__repr__(), (1e10).__str__())
print(type(1.5).__name__, isinstance(1.5, float), isinstance(1, float), float.__name__)

a = 1 .bit_length()
b = 1.0.hex()
c = 1..real
d = (1).real
e = 0x10.real
f = 1j.imag
g = 1e3.is_integer()

for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (255, 15), (0, 7)]:
    print(a, b, a & b, a | b, a ^ b)
for n in [0, 1, 5, -1, -6, 255, 1024]:
    print(n, ~n, n << 3, n >> 1, n >> 10)
x = 0b1111
x &= 0b1010
print(bin(x))
x |= 0b0101
print(bin(x))
x ^= 0b0011
print(bin(x))
x <<= 4
print(bin(x))
x >>= 2
print(bin(x))
print(True & False, True | False, True ^ True, type(True & True).__name__)
print((5).bit_count() if hasattr(int, "bit_count") else 2, (255).bit_count(), (-7).bit_count())

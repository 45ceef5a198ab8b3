a = 2 ** 100 + 12345
b = 2 ** 80 - 1
print(a & b, a | b, a ^ b)
print(~a, -a & 0xFFFF, -a | 7)
print(a >> 90, a << 10, 1 << 200)
print(-(2 ** 90) >> 3, -1 >> 100, -5 >> 1)
print((1 << 64) - 1 == 18446744073709551615)
print(a.bit_length(), b.bit_length(), (0).bit_length(), (-255).bit_length())
print(bin(a)[:20], hex(a), oct(b))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -3
except ValueError as e:
    print(type(e).__name__, e)
print(0 & -1, 0 | -1, 5 ^ -1)

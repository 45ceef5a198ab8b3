for n in [0, 5, -5, 255, 2 ** 65]:
    print(bin(n), oct(n), hex(n), int(bin(n), 0), int(hex(n), 16), int(oct(n), 8))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("1")
except TypeError as e:
    print(type(e).__name__, e)
print(float.hex(1.0), (255).to_bytes(2, "big").hex())
print(int("0b101", 2), int("0o17", 8), int("0xff", 16), int("z", 36), int("Z", 36))

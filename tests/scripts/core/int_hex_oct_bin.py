for n in [0, 1, -1, 10, 255, -255, 4096, 2 ** 40, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "#X"))
print(format(8, "o"), format(8, "#o"), format(5, "b"), format(5, "#b"))
print(format(255, "08b"), format(255, "#010b"), format(-5, "b"), format(-5, "#x"))
print(f"{48879:x} {48879:#X} {12:o} {1234567:_x} {1234567:_b}")
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(0xDEAD_BEEF, 0o777, 0b1111_0000)

a = 5
b = 2 + 3
print(a == b, a is not None)
print(int("5") == 5)
nums = [i * i for i in range(-5, 6)]
print(nums, sum(nums))
print(sum(range(101)), sum(range(10 ** 6)))
x = 2 ** 62
print(x + x, x * 2, x << 1, (x + x) - x == x)
y = -(2 ** 62)
print(y + y, y * 2, y - x, y * -1 == x)
print(4611686018427387903 + 1, -4611686018427387904 - 1)
print(1073741823 * 1073741823, 3037000499 * 3037000499, 3037000500 * 3037000500)
print((2**31) * (2**31), (2**32) ** 2, -(2**63) // -1, (-(2**63)) * -1)
print(abs(-(2 ** 63)), -(-(2 ** 63)))

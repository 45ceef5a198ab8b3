a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a * b, a - 100)
print(0 * -1, -0, 0 // 3)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 10 ** -2, (-2) ** -2)
print(7 / 7, type(7 / 7).__name__, 1 / 3)
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
print(1 + 2 * 3 - 4 // 2 ** 1)
print(-3 ** 2, (-3) ** 2)
print(+5, -(-5), ~5, ~-1)
print(1_000_000 + 0b1010 + 0o17 + 0xff)

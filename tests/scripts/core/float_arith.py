a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, divmod(-7.5, 2), divmod(7.5, -2))
print(5 % 2.5, -0.0 % 5, 0.0 % -5, 1e-20 % 3, -1e-20 % 3)
print(2 ** 0.5, 4 ** 0.5, 2.0 ** -1, (-8.0) ** 2, 10.0 ** 20)
print(1.1 + 2.2, 3.3 - 1.1, 0.1 * 3, 1 - 0.9)
print(1 + 2.0, 3 * 1.5, 10 / 4, 2 ** -2)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)
x = 1.5
x += 1
x *= 3
x /= 2
x -= 0.25
x **= 2
x //= 3
print(x)
print(abs(-3.5), -(-2.5), +1.25)

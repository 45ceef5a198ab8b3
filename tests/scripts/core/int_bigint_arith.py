a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // 12345, a % 12345)
print(b // a, b % a)
print(-a // 7, -a % 7)
print(a ** 3)
print(pow(a, 2) == a * a)
print(10 ** 50 // 10 ** 25)
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(len(str(2 ** 1000)))
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print((2 ** 62) * 4, 4611686018427387904 * 2)
print(abs(-(10 ** 40)), -(10 ** 40))
print(a == 2 ** 100, a != b, a < b, b > a, a <= a)
print(int(str(b)) == b)

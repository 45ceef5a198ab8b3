a = 3 ** 2000
b = 7 ** 1500
p = a * b
print(len(str(p)), p % 1000000007, p % (2 ** 61 - 1), p // 10 ** (len(str(p)) - 20))
print(p // a == b, p % a, (p + 1) % b, divmod(p, 10 ** 500)[1] % 999983)
f = 1
for i in range(1, 501):
    f *= i
print(len(str(f)), str(f).rstrip("0")[-10:], len(str(f)) - len(str(f).rstrip("0")))
x = (1 << 4000) - 1
print(x.bit_length(), bin(x).count("1"), (x * x).bit_length(), (x * x + 2 * x + 1) == (x + 1) ** 2)
print(pow(3, 10 ** 6, 10 ** 9 + 7), pow(2, 2 ** 20, 10 ** 12), (10 ** 300 + 1) ** 2 % 10 ** 9)
print(sum(int(d) for d in str(2 ** 5000)), int("1" * 300) % 97, -(10 ** 200) // 3 % 1000)

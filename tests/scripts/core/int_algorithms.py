def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
def digits(n, base=10):
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(r)
    return out[::-1] or [0]
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(gcd(48, 180), gcd(-12, 18), gcd(2 ** 64, 2 ** 40 * 3), gcd(17, 0))
print([p for p in range(60) if is_prime(p)], is_prime(2 ** 31 - 1))
print(digits(2024), digits(255, 16), digits(0), digits(2 ** 100, 10 ** 9))
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(99))
print(sum(int(d) for d in str(2 ** 1000)), len(str(3 ** 1000)))
collatz = lambda n: 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print([collatz(n) for n in range(1, 15)], max(range(1, 1000), key=collatz))

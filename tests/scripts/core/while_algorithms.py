def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def digits_sum(n):
    total = 0
    while n:
        n, d = divmod(n, 10)
        total += d
    return total
def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
print(gcd(1071, 462), gcd(17, 5), digits_sum(987654321), digits_sum(2 ** 100))
xs = list(range(0, 1000, 3))
print(binary_search(xs, 300), binary_search(xs, 301), binary_search(xs, 0), binary_search([], 1))
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27 steps:", steps)
a, b, count = 0, 1, 0
while len(str(a)) < 50:
    a, b = b, a + b
    count += 1
print(count, a)

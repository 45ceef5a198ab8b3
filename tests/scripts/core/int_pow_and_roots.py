print(2 ** 100, (-3) ** 41, 10 ** 0, 0 ** 5, (-1) ** 1001, 1 ** -5, 2 ** 64 // 2 ** 60)
print(4 ** 0.5, 27 ** (1 / 3), 8 ** -1, (-8) ** 2, 2 ** 0.0, 0.0 ** 0)
print(len(str(2 ** 10000)), str(2 ** 10000)[:20], str(2 ** 10000)[-20:])
def int_root(n, k):
    lo, hi = 0, 1 << (n.bit_length() // k + 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid ** k <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print(int_root(10 ** 30, 3), int_root(2 ** 200, 5), int_root(99, 2), int_root(12345678987654321, 2))
print([n for n in range(1, 200) if int_root(n, 2) ** 2 == n][-3:], [n for n in range(1, 1000) if int_root(n, 3) ** 3 == n])

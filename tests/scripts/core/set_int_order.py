# Iteration order of small-int sets is deterministic in CPython (ints hash to
# themselves); these lines pin down the table layout, probing and resizing.
print({5, 3, 1}, {10, 2, 33}, {0, 18, 12, 6}, {-1, -2, 0, 5, 1000})
s = set()
for i in [40, 8, 16, 3, 64, 1]:
    s.add(i)
print(s)
s = set(range(20, 0, -3))
print(s)
s.discard(8)
s.add(100)
print(s)
print({x * 7 for x in range(10)})
print(set([33, 1, 65, 97]), frozenset({9, 8, 7, 32}))
big = set(range(50))
for i in range(0, 50, 2):
    big.remove(i)
print(big)
print({1, 2, 3} | {40, 9}, {100, 4} & {4, 100, 7}, {1, 9, 17, 25} - {9})
print(list({2 ** 40, 2 ** 40 + 1, 3}))
print({True, 2, 0.0})

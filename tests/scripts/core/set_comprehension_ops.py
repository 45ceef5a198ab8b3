evens = {x for x in range(20) if x % 2 == 0}
print(evens)
mult3 = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & mult3), sorted(evens - mult3), len(evens | mult3))
words = ["apple", "Banana", "cherry", "apple", "banana"]
print(sorted({w.lower() for w in words}), len({w for w in words}))
print({len(w) for w in words})
seen = set()
out = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out)
print({1, 2, 3} - {2} | {7}, {1, 2} ^ {2, 3} & {3})
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(set([(1, 2), (1, 2), (2, 1)]) == {(1, 2), (2, 1)})

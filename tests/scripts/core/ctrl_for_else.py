def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for p in range(2, 30):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=" ")
print()
for x in range(3):
    if x == 1:
        continue
    print("x", x)
else:
    print("for-else runs after continue")
for ch in "ab":
    for n in range(3):
        if n == 1:
            break
        print(ch, n)
for _ in []:
    print("never")
else:
    print("empty iterable else")
total = 0
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    total += i
print(total, i)

a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend((2, 6))
a.insert(0, 8)
a.insert(-1, 7)
a.insert(100, 0)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(9), a.count(1), a.count(42))
print(a.index(4, 1), a.index(1, 2, 5))
b = a.copy()
b.reverse()
print(b, a)
b.clear()
print(b)
for bad in [lambda: a.remove(42), lambda: a.index(42), lambda: [].pop(), lambda: a.pop(100), lambda: a.index(1, 0, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    a.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

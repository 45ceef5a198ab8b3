from collections import deque
d = deque(range(10))
d.rotate(13)
print(d, d[3], d[-2])
d.rotate(-23)
print(d)
print(d.index(5), d.index(5, 2, 9))
try:
    d.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
d.insert(2, "x")
d.insert(-1, "y")
d.insert(100, "z")
print(d, len(d))
try:
    d[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    d["a"]
except TypeError as e:
    print(type(e).__name__, e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 9)
except IndexError as e:
    print(type(e).__name__, e)
for bad in (-1, "3"):
    try:
        deque([], maxlen=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    deque([1]) + [2]
except TypeError as e:
    print(type(e).__name__, e)
q = deque([1, 2, 3])
try:
    for item in q:
        q.append(item)
except RuntimeError as e:
    print(type(e).__name__, e)
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]), deque([1]) == [1], deque() != deque())
r = deque([1])
r.append(r)
print(r)
c = q.copy()
c.append("new")
print(q, c, c.maxlen, deque("ab", 5).copy())
q += "xy"
q *= 2
print(q, 0 * deque([1]), list(reversed(deque("abc"))))
q.extend(q)
print(len(q), q.count("x"))
big = deque()
for i in range(1000):
    big.appendleft(i)
    big.append(-i)
print(len(big), big[0], big[-1], big[999], sum(big))
while len(big) > 3:
    big.popleft()
    big.pop()
print(big, bool(big))
print(type(deque).__name__, deque.__module__, hash(deque) == hash(deque))
try:
    hash(deque())
except TypeError as e:
    print(type(e).__name__, e)

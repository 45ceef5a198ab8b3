from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 2 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(7), d.index(7), list(reversed(d)))
d.remove(7)
d.reverse()
print(d)
d.clear()
print(d, bool(d))
try:
    d.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque().popleft()
except IndexError as e:
    print(type(e).__name__, e)
e = deque("abc")
e[1] = "B"
del e[0]
print(e, e == deque(["B", "c"]), deque([1]) + deque([2]), deque([1, 2]) * 2)

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(iter(it) is it, type(iter([])).__name__, type(iter((1,))).__name__, type(iter({1: 2})).__name__)
print(type(iter(range(3))).__name__, type(iter({1})).__name__, type(iter(b"x")).__name__)
count = 0
def counter():
    global count
    count += 1
    return count
print(list(iter(counter, 5)))
data = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(data), "")))
try:
    iter(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
d = {"x": 1, "y": 2}
print(list(iter(d)), list(iter(d.items())))
s = iter("xy")
for ch in s:
    print("got", ch)
print(list(s))

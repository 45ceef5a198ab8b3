a = [5, 3, 8, 1]
print(len(a), min(a), max(a), sum(a), sorted(a), list(reversed(a)), any(a), all(a), a.__len__())
print(list(enumerate(a, 1)), list(zip(a, "abcd")), list(map(str, a)), list(filter(lambda v: v > 3, a)))
del a[1:3]
print(a)
a[:] = "xyz"
print(a)
b = a
b += ["w"]
print(a is b, a)
b = b + ["v"]
print(a is b, a, b)
nested = [[1, 2], [3]]
shallow = list(nested)
deep = [list(x) for x in nested]
nested[0].append(9)
print(shallow, deep)
print([] == [], [] is not [], list(range(0)))
print(hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)

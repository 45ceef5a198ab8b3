for a, b in c:
    pass
for (a, b) in c:
    pass
for [a, b] in c:
    pass
for a, (b, c) in d:
    pass
for a, in b:
    pass
for a.b in c:
    pass
for a[0] in b:
    pass
for *a, b in c:
    pass
for x in 1, 2, 3:
    pass
for x in y if z else w:
    pass

a, *b = c
*a, b = c
a, *b, c = d
[a, *b] = c
(*a, b) = c
*a, = b
[*a] = b
a, (b, *c), d = e
for x, *y in z:
    pass

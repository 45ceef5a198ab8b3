a = {1}
b = {1, 2, 3,}
c = {*a}
d = {*a, *b, 4}
e = {(1, 2), frozenset()}

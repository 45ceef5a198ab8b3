a = {x for x in y}
b = {x: y for x, y in z}
c = {k: v for k, v in d.items() if v}
d = {x: [y for y in x] for x in z}
e = {(x, y) for x in a for y in b}
f = {**{k: v}, **{v: k for k, v in z}}
g = {x: x ** 2 for x in range(5)}

a = [[y for y in x] for x in z]
b = [y for x in z for y in x]
c = [(i, j) for i in range(3) if i for j in range(i) if j > 0]
d = {i: {j for j in range(i)} for i in range(4)}
e = [x for x in [y for y in [z for z in w]]]
f = [lambda: x for x in y]

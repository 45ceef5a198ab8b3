names = ["ann", "bob", "cy"]
ages = [31, 25]
for i, name in enumerate(names):
    print(i, name)
print({name: i for i, name in enumerate(names, 1)})
print(list(zip(names, ages)), dict(zip(names, ages)))
transposed = list(zip(*[[1, 2, 3], [4, 5, 6]]))
print(transposed, [list(t) for t in zip(*transposed)])
for (i, n), a in zip(enumerate(names), ages):
    print(i, n, a)
print(list(enumerate(zip("ab", "cd"))), list(zip(range(5), range(5, 0, -1))))
pairs = list(zip(names, names[1:]))
print(pairs, [a + "-" + b for a, b in pairs])
idx = {v: i for i, v in enumerate("hello")}
print(idx)

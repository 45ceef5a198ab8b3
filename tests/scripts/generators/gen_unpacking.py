# Unpacking generators: exact counts, star targets, errors.
def gen(n):
    for i in range(n):
        yield i

a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
*init, last = gen(4)
print(init, last)
print([*gen(3), *gen(2)])
print(*gen(3))
try:
    x, y = gen(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = gen(2)
except ValueError as e:
    print(type(e).__name__, e)

# A constant set display is built from a frozenset constant, so colliding
# hashes (-1 and -2 hash alike) come out in CPython's order.
print({-1, -2, 7, 15, 23}, {31, -2, -1, 0})
print({8, 16, 0, 24, -1, -2, 32})
print({1, 2})
a = 5
print({a, -1, -2}, {-2, -1, a})
def f():
    return {3, 11, 19, 27}
print(f(), f() is f(), {(1, 2), (3, 4), (1, 2)})
print(frozenset({40, 8, 16}), {"a"} | {"a", "a", "a"})

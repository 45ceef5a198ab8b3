x = 5
print(1 < x < 10, 1 < x > 3, 1 < x < 3, x == 5 > 4, 1 < 2 < 3 < 4 < 5, 5 > 4 > 4)
print(1 == 1.0 == True, "a" < "b" < "c", [1] < [2] < [3], None is None is None)
def noisy(v, label):
    print("eval", label)
    return v
print(noisy(1, "a") < noisy(2, "b") < noisy(0, "c") < noisy(5, "d"))
print(noisy(5, "a") < noisy(2, "b") < noisy(9, "c"))
print(0 < x != 6, x in [5] in [[5]], 3 not in [] is not None)
a = b = c = 0
print(a == b == c, a is b is c)

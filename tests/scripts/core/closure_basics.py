def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
print(double.__closure__[0].cell_contents, len(triple.__closure__), make_counter.__closure__)
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()()
print(outer())
def accumulate():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
a = accumulate()
a(1)
print(a(2))
print(double.__code__.co_freevars, make_multiplier.__code__.co_cellvars)

def outer():
    x = 0
    def a():
        nonlocal x
        x += 10
    def b():
        nonlocal x
        x *= 2
    a()
    b()
    a()
    return x
print(outer())
def level1():
    v = "L1"
    def level2():
        def level3():
            nonlocal v
            v = "set by L3"
        level3()
        return v
    r = level2()
    return r, v
print(level1())
def shadow():
    x = "outer"
    def inner():
        x = "inner local"
        return x
    inner()
    return x
print(shadow())
def counter_pair():
    n = 0
    def get():
        return n
    def inc():
        nonlocal n
        n += 1
    return get, inc
get, inc = counter_pair()
inc()
inc()
print(get())
def nonlocal_in_loop():
    total = 0
    def add(k):
        nonlocal total
        total += k
    for i in range(5):
        add(i)
    return total
print(nonlocal_in_loop())

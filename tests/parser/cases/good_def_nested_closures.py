def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

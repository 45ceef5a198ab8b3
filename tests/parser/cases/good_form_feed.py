x = 1

def f():
    pass

class C:
    y = 2

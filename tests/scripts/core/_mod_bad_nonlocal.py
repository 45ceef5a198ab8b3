def f():
    def g():
        nonlocal undefined_here
        undefined_here = 1
    return g

def f(xs):
    for x in xs:
        while x:
            try:
                return x
            finally:
                x -= 1
    return None

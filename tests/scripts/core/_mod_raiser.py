def explode(depth):
    if depth == 0:
        raise ArithmeticError("from helper module")
    return explode(depth - 1)

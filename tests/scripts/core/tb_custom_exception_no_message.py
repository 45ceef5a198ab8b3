class EmptyError(Exception):
    pass
def check(x):
    if not x:
        raise EmptyError
check([1])
check([])

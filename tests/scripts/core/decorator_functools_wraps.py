import functools
def traced(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return f(*args, **kwargs)
    return wrapper
@traced
def compute(x, y=1):
    """Compute something."""
    return x * y
print(compute.__name__, compute.__doc__, compute.__qualname__, compute(3, 4), compute.__wrapped__.__name__)
def plain(f):
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return f(*args, **kwargs)
    return wrapper
@plain
def compute2(x):
    """Original doc."""
    return x
print(compute2.__name__, compute2.__doc__, compute2.__qualname__)
def deco_args(prefix):
    def deco(f):
        @functools.wraps(f)
        def w(*a):
            return prefix + str(f(*a))
        return w
    return deco
@deco_args(">> ")
def value():
    """Doc of value."""
    return 7
print(value(), value.__name__, value.__doc__)

def documented(a, b: int = 2, *args, c: str = "x", **kw) -> list:
    """Return a list."""
    local = 1
    return [a, b]
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__annotations__)
print(documented.__code__.co_name, documented.__code__.co_argcount, documented.__code__.co_varnames[:4])
documented.custom = "attr"
print(documented.custom, sorted(k for k in vars(documented)))
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__annotations__)
print(type(nodoc).__name__, callable(nodoc), nodoc() is None)
f = lambda x: x
print(f.__name__, f.__doc__)
def renamed():
    pass
renamed.__name__ = "other"
print(renamed.__name__, renamed.__qualname__)

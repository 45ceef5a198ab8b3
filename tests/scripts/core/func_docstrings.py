def f():
    """One line."""
def g():
    """
    Multi-line docstring.

    With a blank line.
    """
    return 1
class C:
    """Class doc."""
    def m(self):
        "Method doc in plain quotes."
print(repr(f.__doc__), g.__doc__.strip().splitlines()[0], C.__doc__, C.m.__doc__, C().m.__doc__)
def h():
    x = 1
    """Not a docstring (not first statement)."""
    return x
print(h.__doc__, (lambda: None).__doc__)
def i():
    f"""f-string is not a docstring"""
print(i.__doc__)
print(len.__doc__ is not None, type(f.__doc__).__name__)

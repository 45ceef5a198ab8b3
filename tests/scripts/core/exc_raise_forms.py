def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(str(e)), e.args)
def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("instance")
def raise_non_exception():
    raise 5
def raise_non_exception_class():
    raise int
def bare_raise_outside():
    raise
def raise_from_none():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("clean") from None
for f in [raise_class, raise_instance, raise_non_exception, raise_non_exception_class, bare_raise_outside, raise_from_none]:
    attempt(f)
def reraise():
    try:
        raise TypeError("original")
    except TypeError:
        raise
attempt(reraise)
def reraise_named():
    try:
        raise TypeError("named")
    except TypeError as err:
        raise err
attempt(reraise_named)
try:
    raise ValueError("a") from 5
except TypeError as e:
    print(type(e).__name__, e)

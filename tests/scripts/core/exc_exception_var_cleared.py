e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", repr(e))
print("e" in dir())
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        err = exc
    return err
print(repr(f()))
try:
    raise KeyError(1)
except KeyError as saved:
    kept = saved
print(repr(kept), "saved" in globals())

def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("during handling")
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as e:
    show(e)
    print(e.__cause__ is e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    show(e)
try:
    raise OSError("explicit") from KeyError("cause")
except OSError as e:
    show(e)
e = Exception("fresh")
show(e)
e.__cause__ = ValueError("set manually")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)

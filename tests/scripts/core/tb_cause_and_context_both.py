try:
    1 / 0
except ZeroDivisionError as z:
    try:
        int("x")
    except ValueError as v:
        raise RuntimeError("both") from z

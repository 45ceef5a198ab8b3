# sys.excepthook prints an exception and its traceback to stderr, as for
# an uncaught exception; sys.__excepthook__ is the same function.
import sys


def fail(n):
    return 1 / n


try:
    fail(0)
except ZeroDivisionError as e:
    print("before")
    sys.excepthook(type(e), e, e.__traceback__)
    print("after")

try:
    raise KeyError("k") from ValueError("cause")
except KeyError as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
print(sys.excepthook is sys.__excepthook__)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print("TypeError:", e)

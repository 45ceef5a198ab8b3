# sys.tracebacklimit keeps the innermost entries of a printed traceback.
import sys


def recurse(n):
    if n == 0:
        raise ValueError("deep")
    recurse(n - 1)


sys.tracebacklimit = 2
try:
    recurse(5)
except ValueError as error:
    raise KeyError("outer") from error

# A sys.tracebacklimit that is not an int is ignored; a huge one shows all.
import sys

sys.tracebacklimit = "1"


def fail(n):
    if n:
        fail(n - 1)
    1 / 0


try:
    fail(2)
except ZeroDivisionError:
    pass
sys.tracebacklimit = 10 ** 30
fail(2)

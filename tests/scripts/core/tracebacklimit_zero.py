# sys.tracebacklimit = 0 prints only the exception line.
import sys

sys.tracebacklimit = 0


def fail():
    raise ValueError("no traceback")


fail()

# Runs of one repeated traceback entry fold after three ("[Previous line
# repeated N more times]", and "1 more time"); alternating entries do not.
def countdown(n):
    if n == 0:
        raise LookupError("bottom")
    return countdown(n - 1)

def ping(n):
    return pong(n)

def pong(n):
    if n == 0:
        raise LookupError("pong bottom")
    return ping(n - 1)

try:
    countdown(4)
except LookupError:
    try:
        ping(3)
    except LookupError:
        countdown(5)

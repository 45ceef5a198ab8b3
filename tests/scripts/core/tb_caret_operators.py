# The anchors of binary operators and subscripts: a parenthesized left
# operand, two-character operators, spaces inside brackets, a trailing
# comment, and an assert whose comparison fails.
def divide(a, b):
    return (a) // (b)

def pick(rows, i):
    return rows [ i ] [ 0 ]  # first column

def check(x):
    assert x // 2 == 10, "x is " + str(x)

try:
    divide(2, "x")
except TypeError:
    try:
        pick([[1]], 3)
    except IndexError:
        check(4)

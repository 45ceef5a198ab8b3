# `assert (test, "message")` tests a non-empty tuple, which is always true.
x = 0
assert (x, "x must be set")
assert (1, "constant")
assert ()
assert (x == 0), "parentheses around the test only"


def check(y):
    assert (y,)
    return y


print(check(0))
exec("assert (x, 'in exec')")
print("done")

assert x
assert x, "message"
assert x == y, f"{x} != {y}"
assert (x, y)
assert not x, (a, b)
assert x if y else z, lambda: 0

cases = [("abc", "#"), ("abc", "="), ("abc", "+"), (5, ".2d"), (5, ".5"), (5.5, "c"), ("x", "d"), (5, "s"),
         (1.5, ","), (1.5, ",_"), (5, "_,"), ("s", ",")]
for value, spec in cases:
    try:
        print(repr(value), repr(spec), repr(format(value, spec)))
    except ValueError as e:
        print(repr(value), repr(spec), type(e).__name__, e)
for fmt in ["{:}", "{!x}", "{0!}", "{:>>}", "{0:.}", "{0[}", "{0.}"]:
    try:
        print(fmt, repr(fmt.format("v")))
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(fmt, type(e).__name__, e)

for key in ["plain", "", "with 'quote'", 'dq"', 0, (1, 2), None, ("single",), frozenset()]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(str(e)), repr(e))
e = KeyError()
print(repr(str(e)), e.args)
e = KeyError("a", "b")
print(str(e))
print(str(LookupError("x")), str(IndexError("x")))

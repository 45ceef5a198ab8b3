# exec's argument errors, with CPython's messages.
def attempt(*args, **kwargs):
    try:
        print(repr(exec(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(1)
attempt(None)
attempt("1", [])
attempt("1", 5)
attempt("1", {}, 1)
attempt("1", {}, "abc")
attempt("1", globals={})
attempt("1", {}, {}, {})
attempt()
attempt("x = ", {})
attempt("raise ValueError('inside')", {})
attempt("a\0", {})
attempt("1", {}, [])

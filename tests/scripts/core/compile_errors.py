# compile()'s argument errors, with CPython's messages.
def attempt(*args, **kwargs):
    try:
        code = compile(*args, **kwargs)
        print(type(code).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt("1", "f", "run")
attempt("1", "f", "EXEC")
attempt("1", "f", 1)
attempt(1, "f", "exec")
attempt(None, "f", "eval")
attempt(compile("1", "f", "exec"), "f", "exec")
attempt("1", 1, "exec")
attempt("1", None, "exec")
attempt("1", "f", "exec", 0x8000)
attempt("1", "f", "exec", 0x100)
attempt("1", "f", "exec", "x")
attempt("1", "f", "exec", 2 ** 40)
attempt("1", "f", "exec", optimize=3)
attempt("1", "f", "exec", optimize=-2)
attempt("1", "f", "exec", dont_inherit="no")
attempt("1", "f")
attempt()
attempt("1", "f", "exec", 0, 0, 0, 0)
attempt("1", "f", "exec", bogus=1)
attempt("1", "f", "exec", 0, flags=0)
attempt("a\0b", "f", "exec")
attempt("1", "f", "exec", 0x2000 | 0x1000000)

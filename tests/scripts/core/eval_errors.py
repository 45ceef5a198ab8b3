# eval's argument errors, with CPython's messages.
def attempt(text, *args, **kwargs):
    try:
        print(repr(eval(text, *args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(1)
attempt(None)
attempt(["1"])
attempt("1", [])
attempt("1", {}, 1)
attempt("1", None, 1)
attempt("1", globals={})
attempt("1", {}, {}, {})
attempt("1", Exception())
try:
    eval()
except TypeError as e:
    print(e)
attempt("undefined_name")
attempt("1 / 0")
attempt("'a' + 1")
attempt("a\0b")

# SyntaxErrors from compile(): the file name given, line, offset, end
# offset and text, in each mode, as CPython reports them.
def show(text, mode="exec", filename="src.py"):
    try:
        compile(text, filename, mode)
        print("compiled", repr(text))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))


show("1 +", "eval", "f")
show("1 +", "exec", "f")
show("if x\n    y", "exec")
show("  x = 1", "exec")
show("x = 1\n  y = 2", "exec")
show("for x in y:\npass", "exec")
show("a = 1 +* 2", "exec")
show("f(a for a in b, c)", "exec")
show("x = 1\ny = 2", "single")
show("x = 1; y = 2\nz = 3\n", "single")
show("if a:\n  b\nc = 1\n", "single")
show("1 +", "single")
show("del f()", "single")
show("return", "exec")
show("return", "single")
show("class C:\n    return 1", "exec", "<memory>")

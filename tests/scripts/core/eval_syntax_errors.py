# SyntaxErrors from eval's source: message, file, line, offset and text
# as CPython reports them.
def show(text):
    try:
        eval(text)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))
        print("  str:", e)


show("1 +")
show("x = 1")
show("*a")
show("*a, b")
show("yield")
show("yield x")
show("1\n2")
show("1;")
show("def f(): pass")
show("import os")
show("f(**)")
show("[x async for x in y]")
show("await y")
show("a.b := 3")
show("print 'hi'")

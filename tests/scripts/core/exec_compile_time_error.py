# Errors the compiler (not the parser) finds have no text for a string
# source, so CPython prints only the file and line.
for text in ["return 1", "x = 1\nbreak", "def f():\n    nonlocal q", "await z", "yield 1"]:
    try:
        exec(text)
    except SyntaxError as e:
        print(repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))
exec("def g():\n    global a\n    a = 1\n    global a\n")
print("then uncaught:")
exec("\n\ncontinue")

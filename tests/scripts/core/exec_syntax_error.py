# An uncaught SyntaxError in exec'd text: the <string> file, the line and
# a caret, as CPython prints it.
print("start")
exec("x = 1\nif x\n    pass\n")

# eval drops leading spaces and tabs (compile does not), and allows
# blank lines around the expression.
print(eval(" 1 + 1"))
print(eval("\t\t2"))
print(eval(" \t 3"))
print(eval("\n4"))
print(eval("5\n\n\n"))
print(eval("(6 +\n 1)"))
print(eval(b"  7"))
print(eval(bytearray(b"8 * 2")))
print(eval("# comment\n9"))
print(eval("10 # trailing"))
try:
    compile(" 1", "f", "eval")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)

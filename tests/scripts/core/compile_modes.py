# compile() in its three modes, with str and bytes sources and a bytes
# file name; code objects report their name, file and first line.
for mode, text in [("exec", "x = 1\nprint('exec ran', x)"), ("eval", "6 * 7"),
                   ("single", "print('single ran')")]:
    code = compile(text, "<" + mode + ">", mode)
    print(mode, type(code).__name__, code.co_name, code.co_filename, code.co_firstlineno)
    print("  result:", eval(code))
code = compile(b"'bytes source'", b"bytes_name.py", "eval")
print(eval(code), code.co_filename)
code = compile(source="1 + 1", filename="kw", mode="eval", flags=0, dont_inherit=True, optimize=-1)
print(eval(code))
ns = {}
exec(compile("def f(a, *, b=2):\n    return a + b", "defs", "exec"), ns)
print(ns["f"](1), ns["f"].__code__.co_filename, ns["f"].__code__.co_firstlineno)
import os
print(eval(compile("2 + 2", os.path.join("dir", "name.py"), "eval")))

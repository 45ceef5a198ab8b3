# Bytes sources are decoded as a file is: UTF-8 by default, or the coding
# cookie's encoding; a str source is used as it is.
print(eval(b"'caf\xc3\xa9'"))
code = compile(b"# -*- coding: latin-1 -*-\ns = 'caf\xe9'\n", "latin.py", "exec")
ns = {}
exec(code, ns)
print(ns["s"], len(ns["s"]))
print(eval("'\u00e9t\u00e9'"))
exec("name = 'na\u00efve'\nprint(name.upper())")

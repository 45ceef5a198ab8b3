# locals() keeps working around exec: a function's variables are not
# changed by exec writing to the dict locals() returned, and module-level
# locals() is the module namespace itself.
def f():
    a = 1
    exec("a = 99")
    d = locals()
    d["a"] = 50
    return a


print(f())


def g():
    values = {}
    exec("b = 2", globals(), values)
    return values["b"]


print(g())
print(locals() is globals())
exec("print(locals() is globals())")
exec("print(locals() is globals())", {})
exec("print(sorted(locals()))", {}, {"only": 1})

# exec inside a function: by default it runs with the function's globals
# and a snapshot of its locals; assignments do not change the function's
# variables.
def f():
    x = 1
    exec("x = 2\ny = 3")
    print("x is still", x)
    try:
        print(y)
    except NameError as e:
        print("NameError:", e)
    ns = {}
    exec("x = x + 10", {"x": x}, ns)
    print(ns)
    return x


print(f())


def g():
    a = "local a"
    b = 5
    exec("print(a, b)")
    print(eval("a.upper()"))
    snapshot = locals()
    print(sorted(snapshot))


g()


def h():
    exec("global made_by_exec\nmade_by_exec = 'made'")


h()
print(made_by_exec)
print(sorted(k for k in locals() if not k.startswith("__"))[:3])
exec("module_level = 1")
print(module_level, locals()["module_level"])

# exec's closure argument: a code object with free variables runs with
# the cells given; the errors are CPython's.
def make():
    value = "captured"

    def inner():
        print("inner sees", value)

    return inner


inner = make()
exec(inner.__code__, {}, None, closure=inner.__closure__)
for bad in [None, (), (1,), [inner.__closure__[0]], inner.__closure__ * 2]:
    try:
        exec(inner.__code__, closure=bad)
    except TypeError as e:
        print(type(bad).__name__, "->", e)
try:
    exec(compile("1", "s", "exec"), closure=inner.__closure__)
except TypeError as e:
    print(e)
try:
    exec("1", closure=inner.__closure__)
except TypeError as e:
    print(e)
exec("print('closure None is fine')", closure=None)

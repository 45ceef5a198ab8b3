# eval of code objects: an 'eval' code returns the value; 'exec' and
# 'single' codes return None; code with free variables is refused.
code = compile("a * 3", "<calc>", "eval")
print(eval(code, {"a": 2}))
print(eval(code, {"a": "x"}))
print(eval(compile("b = 5", "s", "exec"), {}))
print(eval(compile("7", "s", "exec")))
ns = {}
print(eval(compile("c = 9", "s", "single"), ns), ns["c"])
print(exec(compile("40 + 2", "e", "eval")))


def outer():
    v = 1

    def inner():
        return v

    return inner


try:
    eval(outer().__code__)
except TypeError as e:
    print(e)


def no_free():
    return "plain function code"


print(eval(no_free.__code__))

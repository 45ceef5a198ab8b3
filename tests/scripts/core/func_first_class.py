def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "pow": pow}
print({name: fn(2, 5) for name, fn in ops.items()})
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1))
funcs = [len, str.upper, abs, sorted]
print([f.__name__ for f in funcs])
print(list(map(lambda f: f("hello"), [len, str.upper, list])))
def returns_func():
    return returns_func
print(returns_func()()() is returns_func)
handlers = []
def register(f):
    handlers.append(f)
    return f
@register
def h1():
    return "h1"
@register
def h2():
    return "h2"
print([h() for h in handlers])

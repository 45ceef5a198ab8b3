import functools
def log(level, msg, *, sep=": ", upper=False):
    out = f"{level}{sep}{msg}"
    return out.upper() if upper else out
warn = functools.partial(log, "WARN")
loud = functools.partial(log, upper=True)
print(warn("disk low"), loud("INFO", "hi"), warn("x", sep=" - "), loud("e", "m", upper=False))
print(warn.func.__name__, warn.args, warn.keywords, loud.keywords)
base2 = functools.partial(int, base=2)
print(base2("1010"), base2("11", base=10), list(map(base2, ["1", "10", "11"])))
append_x = functools.partial(list.append)
lst = []
append_x(lst, "x")
print(lst)
print(functools.reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]), functools.reduce(max, "hello"))
try:
    functools.partial(5)
except TypeError as e:
    print(type(e).__name__, e)

# Calls and subscripts that always fail make the compiler suggest a missing
# comma: the warnings come first, then the first one fails when it runs.
def calls():
    return [(1, 2)(3), [1](2), [i for i in ()](), {}(1), {1}(2), {i for i in ()}(),
            (i for i in ())(), f"{calls}"(), None(), True(), ...(), "s"(), b""(), 1.5(),
            (1 + 2)(), (calls,)()]


def subscripts(x):
    return [{1}[0], {i for i in ()}[0], (i for i in ())[0], (lambda: 0)[1], ...[0], None[0],
            1[0], 1.5[0], 1j[0], True[0], (1 + 2)[0]]


def indices(x):
    return [f"a"[""], f"{x}"[1.5], [1][1.5], [1][(1,)], [i for i in ()][None], (1, 2)["a"],
            (x,)[None], "ab"[x:], b"a"["a"], [1][True], [1][x], [1][-1], "s"[2 ** 70], [1]["a":],
            {"a": 1}["a"], x["a"]]


try:
    calls()
except TypeError as error:
    print(error)
try:
    subscripts(0)
except TypeError as error:
    print(error)
try:
    indices(0)
except TypeError as error:
    print(error)

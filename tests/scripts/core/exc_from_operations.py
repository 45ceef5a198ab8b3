five = 5
ops = [
    lambda: 1 + "a",
    lambda: "a" - "b",
    lambda: [] * [],
    lambda: -"x",
    lambda: ~1.5,
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 2.0 ** -1 / 0.0,
    lambda: int("x"),
    lambda: [1, 2][5],
    lambda: {}["k"],
    lambda: (1).foo,
    lambda: "abc".foo(),
    lambda: None.x,
    lambda: len(5),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: list.nope,
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: "a" < 1,
    lambda: {1: 2} < {3: 4},
    lambda: (1, 2) < (1, "a"),
    lambda: abs("x"),
    lambda: hash([]),
    lambda: chr(1114112),
    lambda: "x" * -1 + 5,
    lambda: five(),
    lambda: "abc".__setitem__(1, "x"),
]
for op in ops:
    try:
        op()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(len("héllo"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"ab"), len(""))
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(-(10 ** 30)))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min("b", "a"), max([1, 2], [1, 3]))
print(min([], default="empty"), max((), default=None), min([3], default=0))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]), min(words))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(min(1, 2.0), max(1, 1.0), max(1.0, 1), min(-0.0, 0.0), max([2, 5, 5, 1]))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, "a"]), lambda: min(1, 2, default=3), lambda: max([], key=len)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in pairs:
    q, r = divmod(a, b)
    assert q * b + r == a
big = 10 ** 30 + 7
print(-big // 3, -big % 3, big // -3, big % -3)
print(divmod(-big, 10 ** 15))
for a, b in [(7, 0), (-1, 0), (0, 0)]:
    for op in ("//", "%", "divmod", "/"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            elif op == "divmod":
                divmod(a, b)
            else:
                a / b
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)

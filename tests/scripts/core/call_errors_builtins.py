calls = [
    lambda: len(),
    lambda: abs(),
    lambda: abs(1, 2),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: int("1", 2, 3),
    lambda: sorted(),
    lambda: sorted([1], None),
    lambda: max(),
    lambda: min([]),
    lambda: max(1),
    lambda: "x".join(),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: range(1, 2, 3, 4),
    lambda: chr(),
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: chr(-1),
    lambda: hasattr(1),
    lambda: iter(),
    lambda: next(),
    lambda: str.upper(),
    lambda: "a".upper(1),
]
for c in calls:
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# More than 15 sub-exceptions: the rest are counted; groups nested more
# than 10 deep are cut short.


def deep(level):
    group = ExceptionGroup(f"level {level}", [ValueError(level)])
    return ExceptionGroup(f"level {level - 1}", [group]) if level <= 1 else \
        ExceptionGroup(f"level {level}", [deep(level - 1), ValueError(level)])


wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
one_more = ExceptionGroup("one more", [TypeError(i) for i in range(16)])
raise ExceptionGroup("limits", [wide, one_more, deep(12)])

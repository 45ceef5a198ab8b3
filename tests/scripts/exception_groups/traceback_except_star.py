# What escapes a try/except*: the new exceptions raised in its clauses,
# each with its context, beside the unhandled rest of the group.


def work():
    raise ExceptionGroup("work failed", [ValueError("v"), TypeError("t"), OSError("o")])


try:
    work()
except* ValueError as e:
    raise RuntimeError("while handling values")
except* TypeError:
    raise
except* ZeroDivisionError:
    print("not reached")

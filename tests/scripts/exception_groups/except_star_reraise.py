# What a try/except* raises at its end: the unhandled rest and the
# re-raised parts keep the original group's shape; exceptions raised in
# the clauses are combined with them in a new group with message ''.


def report(body):
    try:
        body()
    except BaseException as e:
        print(type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("   ", repr(sub), "context:", repr(sub.__context__))
    else:
        print("nothing raised")


def group():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])


def reraise_all():
    try:
        raise group()
    except* ValueError:
        raise
    except* TypeError as e:
        raise e


def reraise_some():
    try:
        raise group()
    except* ValueError:
        raise
    except* TypeError:
        pass


def raise_new():
    try:
        raise group()
    except* ValueError:
        raise RuntimeError("new")


def raise_new_and_rest():
    try:
        raise group()
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError:
        raise OSError("other")


def raise_new_and_reraise():
    try:
        raise group()
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError:
        raise


def raise_from():
    try:
        raise group()
    except* KeyError as e:
        raise IndexError("from") from e


def raise_group_in_clause():
    try:
        raise group()
    except* ValueError:
        raise ExceptionGroup("raised", [ZeroDivisionError()])
    except* TypeError:
        pass
    except* KeyError:
        pass


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_raise_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("new")


def nested_try_star():
    try:
        try:
            raise group()
        except* ValueError:
            raise
    except* ValueError as e:
        print("outer caught", repr(e))
    except* Exception as e:
        print("outer rest", repr(e))


def keep_nesting():
    try:
        raise ExceptionGroup("top", [ExceptionGroup("mid", [ValueError(1), TypeError(2)]),
                                     ValueError(3)])
    except* TypeError:
        raise


for body in (reraise_all, reraise_some, raise_new, raise_new_and_rest, raise_new_and_reraise,
             raise_from, raise_group_in_clause, naked_reraise, naked_raise_new, nested_try_star,
             keep_nesting):
    print("--", body.__name__)
    report(body)


def identity():
    original = group()
    try:
        try:
            raise original
        except* ValueError:
            raise
        except* TypeError:
            raise
        except* KeyError:
            raise
    except ExceptionGroup as e:
        print("all re-raised is the original:", e is original)


identity()

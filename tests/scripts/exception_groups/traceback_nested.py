# Nested groups indent one level per group; chained exceptions and notes
# inside a group print within its margin.


def raise_chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("while looking up") from e


def raise_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")


def gather():
    found = []
    for function in (raise_chained, raise_context):
        try:
            function()
        except Exception as e:
            found.append(e)
    note = OSError("with notes")
    note.add_note("first note")
    note.add_note("second\nnote")
    found.append(note)
    return found


inner = ExceptionGroup("inner", gather())
innermost = BaseExceptionGroup("innermost", [KeyboardInterrupt(), ValueError("deep")])
outer = BaseExceptionGroup("outer", [inner, TypeError("plain"),
                                     BaseExceptionGroup("middle", [innermost])])
outer.add_note("note on the group")
try:
    raise outer
except BaseExceptionGroup as e:
    raise RuntimeError("group was the context")

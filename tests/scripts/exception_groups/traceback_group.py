# An uncaught exception group prints CPython's boxed layout: the group's
# own traceback, then each sub-exception with its traceback, numbered.


def fail(kind, message):
    raise kind(message)


def collect():
    errors = []
    for kind, message in ((ValueError, "bad value"), (TypeError, "bad type")):
        try:
            fail(kind, message)
        except Exception as e:
            errors.append(e)
    errors.append(KeyError("never raised"))
    return errors


def main():
    raise ExceptionGroup("several problems", collect())


main()

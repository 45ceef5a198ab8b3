# yield inside try, except, else and finally clauses.
def gen(fail):
    try:
        yield "try"
        if fail:
            raise ValueError
    except ValueError:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
    yield "after"

print(list(gen(False)))
print(list(gen(True)))

def nested():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise KeyError(i)
                yield ("ok", i)
            except KeyError as e:
                yield ("except", e.args[0])
                continue
            finally:
                yield ("inner finally", i)
        finally:
            yield ("outer finally", i)

print(list(nested()))

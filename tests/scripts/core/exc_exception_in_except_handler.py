def handler_fails():
    try:
        raise ValueError("first")
    except ValueError as e:
        raise TypeError("handler broke") from None
try:
    handler_fails()
except TypeError as e:
    print(type(e).__name__, e, e.__context__, e.__suppress_context__)
def handler_fails_implicit():
    try:
        {}["k"]
    except KeyError:
        return undefined_name
try:
    handler_fails_implicit()
except NameError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def finally_after_handler():
    log = []
    try:
        try:
            raise ValueError
        except ValueError:
            log.append("handler")
            raise RuntimeError("from handler")
        finally:
            log.append("finally")
    except RuntimeError:
        log.append("outer")
    return log
print(finally_after_handler())

# yield from inside try/finally and try/except/else.
def sub(fail):
    yield "s1"
    if fail:
        raise KeyError("sub failed")
    return "ok"

def outer(fail):
    try:
        r = yield from sub(fail)
    except KeyError as e:
        yield "except " + str(e)
    else:
        yield "else " + r
    finally:
        yield "finally"
    yield "after"

print(list(outer(False)))
print(list(outer(True)))

# A subgenerator that *raises* StopIteration gets PEP 479's RuntimeError,
# which then propagates through the delegator.
def sub():
    yield 1
    raise StopIteration("raised, not returned")

def outer():
    try:
        r = yield from sub()
        print("not reached", r)
    except RuntimeError as e:
        print("delegator caught", type(e).__name__, e, "| cause:", e.__cause__)
        yield "recovered"

print(list(outer()))

def sub_returns():
    yield 1
    return "returned"

def outer2():
    r = yield from sub_returns()
    yield r

print(list(outer2()))

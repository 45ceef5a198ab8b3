# `yield from` delegates: a resume goes through every level (SEND resumes
# the inner generator inline), a yield comes back out through each of them.
# throw() and close() go to the innermost generator first, and from C++.
def inner():
    try:
        received = yield 1
        yield received * 2
    except KeyError:
        yield "recovered"
    return "inner done"


def outer():
    result = yield from inner()
    yield result


g = outer()
print(next(g))
print(g.send(21))
print(g.throw(KeyError))
print(next(g))
g.close()

# A thrown exception unwinds the generator's nested try blocks in order.
def gen():
    try:
        try:
            try:
                yield "deep"
            finally:
                print("finally 1")
        except KeyError as e:
            print("except KeyError", e)
            raise IndexError("converted") from e
        finally:
            print("finally 2")
    except IndexError as e:
        print("except IndexError", e, "cause", repr(e.__cause__))
        yield "handled"
    yield "end"

g = gen()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))

# throw() while the generator is suspended inside an except block: the new
# exception gets the handled one as __context__.
def gen():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            yield "suspended in except"
        except ValueError as e:
            print("caught", repr(e), "context", repr(e.__context__))
            yield "handled"

g = gen()
print(next(g))
print(g.throw(ValueError("second")))
print(next(g, "end"))

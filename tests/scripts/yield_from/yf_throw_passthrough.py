# throw() passes through the delegator into the subgenerator.
def sub():
    while True:
        try:
            yield "sub"
        except KeyError as e:
            print("sub handled", e)
        except ValueError:
            print("sub lets ValueError go")
            raise

def outer():
    try:
        yield from sub()
    except ValueError as e:
        print("outer handled", e)
        yield "outer"

g = outer()
print(next(g))
print(g.throw(KeyError("k1")))
print(g.throw(ValueError("v1")))
print(next(g, "end"))

# A subgenerator that catches a thrown exception and yields: throw()
# returns that value, and the delegation continues.
def sub():
    n = 0
    while n < 3:
        try:
            yield "sub %d" % n
        except ArithmeticError as e:
            yield "sub caught " + type(e).__name__
        n += 1

def outer():
    yield from sub()
    yield "outer"

g = outer()
print(next(g))
print(g.throw(ZeroDivisionError))
print(next(g))
print(g.throw(OverflowError("big")))
print(list(g))

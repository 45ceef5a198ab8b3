# throw(Type): the exception is instantiated and raised at the paused yield.
def gen():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", type(e).__name__, e.args)
        except KeyError as e:
            print("caught", type(e).__name__, e.args)
            return "bye"

g = gen()
print(next(g))
print(g.throw(ValueError))
print(g.throw(ValueError))
try:
    g.throw(KeyError)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    g.throw(ValueError)
except ValueError as e:
    print("after finish:", type(e).__name__, e.args)

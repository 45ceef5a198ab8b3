# throw() into a just-created generator raises at once: the body never runs.
import inspect

def gen():
    print("body runs")
    try:
        yield 1
    finally:
        print("finally")

g = gen()
print(inspect.getgeneratorstate(g))
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("propagated", e)
print(inspect.getgeneratorstate(g), g.gi_frame)
try:
    next(g)
except StopIteration:
    print("exhausted after throw")

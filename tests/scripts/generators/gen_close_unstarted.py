# close() on a generator that never started: nothing runs, it is just closed.
import inspect

def gen():
    print("body")
    try:
        yield 1
    finally:
        print("finally")

g = gen()
print(inspect.getgeneratorstate(g))
print(g.close())
print(inspect.getgeneratorstate(g), g.gi_frame)
try:
    next(g)
except StopIteration:
    print("StopIteration")
try:
    g.send(1)
except StopIteration:
    print("send after close: StopIteration")

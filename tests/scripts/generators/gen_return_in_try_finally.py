# return inside try/finally in a generator: finally runs, value in StopIteration.
def gen():
    try:
        yield 1
        return "from try"
    finally:
        print("finally runs")

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

def gen_override():
    try:
        yield 1
        return "try"
    finally:
        return "finally wins"

g = gen_override()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

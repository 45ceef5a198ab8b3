# A generator abandoned by `break` is closed once it becomes unreachable.
# (CPython closes it as soon as the last reference goes; Eddy only promises
# it at gc.collect(), so print after collecting.)
import gc

def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)

def loop():
    for x in gen("loop"):
        print("got", x)
        break
    gc.collect()
    print("loop function ends")

loop()
gc.collect()
g = gen("global")
next(g)
del g
gc.collect()
print("after collect")

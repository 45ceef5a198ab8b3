# A suspended generator that is part of a reference cycle is closed by the
# cycle collector.
import gc

class Holder:
    pass

def gen(holder):
    try:
        yield "suspended"
    finally:
        print("finally in cycle, holder has", holder.tag)

h = Holder()
h.tag = "tag"
h.gen = gen(h)
print(next(h.gen))
del h
gc.collect()
print("after collect")

def self_ref():
    me = yield
    try:
        yield "holding myself"
    finally:
        print("self-referencing generator closed")

g = self_ref()
next(g)
print(g.send(g))
del g
gc.collect()
print("done")

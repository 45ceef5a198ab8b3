# gi_running is True only while the generator's code is executing.
def gen():
    print("inside, running:", me.gi_running)
    yield 1
    print("inside again, running:", me.gi_running)
    yield 2

me = gen()
print("created:", me.gi_running)
next(me)
print("suspended:", me.gi_running)
next(me)
list(me)
print("finished:", me.gi_running)

def observer(other):
    yield other.gi_running

def outer():
    yield next(observer(g2))

g2 = outer()
print("outer while running, seen from inner:", next(g2))

# Re-entrancy through another function and another generator.
def inner(outer):
    try:
        yield next(outer)
    except ValueError as e:
        yield "inner saw " + str(e)

def outer():
    yield "first"
    sub = inner(me)
    yield next(sub)
    print("running?", me.gi_running)

me = outer()
print(me.gi_running)
print(next(me))
print(next(me))
print(next(me, "end"))
print(me.gi_running)

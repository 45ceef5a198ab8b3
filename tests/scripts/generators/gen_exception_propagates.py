# An exception raised inside a generator propagates to the consumer, and
# the generator is finished afterwards.
def gen():
    yield 1
    raise ValueError("inside")
    yield 2

g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
print(next(g, "finished"))
print(list(g))

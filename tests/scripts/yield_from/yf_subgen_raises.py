# An exception in the subgenerator propagates through yield from.
def sub():
    yield 1
    raise ValueError("from sub")

def outer():
    try:
        yield from sub()
    except ValueError as e:
        print("outer caught:", e)
        yield "handled"
    yield "continues"

print(list(outer()))

def outer_no_handler():
    yield from sub()

g = outer_no_handler()
next(g)
try:
    next(g)
except ValueError as e:
    print("caller caught:", e)
    tb, names = e.__traceback__, []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
print(g.gi_frame)

# gi_code is the code object of the generator function.
def countdown(n, step=1):
    label = "countdown"
    while n > 0:
        yield n
        n -= step

g = countdown(3)
print(g.gi_code is countdown.__code__)
print(g.gi_code.co_name)
print(g.gi_code.co_argcount)
print(g.gi_code.co_varnames)
print(g.gi_code.co_qualname)
list(g)
print("still there after finishing:", g.gi_code.co_name)
print((x for x in []).gi_code.co_name)

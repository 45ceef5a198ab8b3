# gi_frame.f_lineno is the line of the yield the generator is paused at.
def gen():
    a = 1
    yield a
    b = 2

    yield b
    for i in range(2):
        yield i

g = gen()
first = gen.__code__.co_firstlineno
print("created at line", g.gi_frame.f_lineno - first)
while True:
    try:
        v = next(g)
    except StopIteration:
        break
    print("yielded", v, "at line", g.gi_frame.f_lineno - first)

# f_lasti moves forward as the generator advances (raw offsets differ
# between implementations: only compare them).
def gen():
    yield 1
    yield 2
    yield 3

g = gen()
start = g.gi_frame.f_lasti
print("created: f_lasti is an int >= 0:", type(start) is int and start >= 0)
next(g)
a = g.gi_frame.f_lasti
next(g)
b = g.gi_frame.f_lasti
next(g)
c = g.gi_frame.f_lasti
print("started past the start:", a > start)
print("advances:", start < a < b < c)
print("non-negative:", min(a, b, c) >= 0)
g2 = gen()
next(g2)
print("same position, same f_lasti:", g2.gi_frame.f_lasti == a)

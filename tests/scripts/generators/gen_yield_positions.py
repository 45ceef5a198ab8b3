# yield in unusual expression positions.
def gen():
    x = [(yield 1), (yield 2)]
    print("list:", x)
    d = {(yield "k"): (yield "v")}
    print("dict:", d)
    print("call:", len((yield "s")))
    y = (yield "a") + (yield "b")
    print("sum:", y)
    if (yield "cond"):
        print("true branch")
    return (yield "last")

g = gen()
print(next(g))
sends = [10, 20, "key", "value", "abc", 3, 4, True, "end"]
for v in sends:
    try:
        print("->", g.send(v))
    except StopIteration as e:
        print("returned", e.value)

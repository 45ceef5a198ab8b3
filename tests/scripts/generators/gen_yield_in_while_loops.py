# yield inside while loops with break, continue and else.
def gen(limit):
    i = 0
    while True:
        i += 1
        if i % 3 == 0:
            continue
        if i > limit:
            break
        yield i
    else:
        yield "never"
    j = 0
    while j < 2:
        yield "j%d" % j
        j += 1
    else:
        yield "while-else"

print(list(gen(8)))

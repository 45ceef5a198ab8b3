# A finally block may yield in normal flow: the values come out as usual.
def gen():
    for i in range(2):
        try:
            yield ("try", i)
        finally:
            yield ("finally", i)
    return "end"

g = gen()
while True:
    try:
        print(next(g))
    except StopIteration as e:
        print("return", e.value)
        break

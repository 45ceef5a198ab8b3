def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            print("got", received)
        n -= 1
    return "done"


def main():
    g = countdown(2)
    print(next(g))
    print(g.send("hi"))
    try:
        next(g)
    except StopIteration as stop:
        print("finished:", stop.value)


main()

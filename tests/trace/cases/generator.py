# A generator driven by next() and send(): created by the call, started by
# the first next(), suspended at each yield, resumed with the value sent,
# and finished by its return (StopIteration for the resumer).
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

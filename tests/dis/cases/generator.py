def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        n -= 1


def delegate():
    result = yield from countdown(3)
    return result

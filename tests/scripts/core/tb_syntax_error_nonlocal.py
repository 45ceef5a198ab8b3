print("never printed")
def outer():
    def inner():
        nonlocal missing
        missing = 2
    return inner

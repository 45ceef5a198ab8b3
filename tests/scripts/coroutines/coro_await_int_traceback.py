# Uncaught: awaiting an int (exit status 1). The traceback goes through
# both coroutine frames.
def value():
    return 42

async def inner():
    return await value()

async def outer():
    return await inner()

outer().send(None)

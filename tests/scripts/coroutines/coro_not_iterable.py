# Native coroutines are not iterators: no iter(), no next(), no for loop.
async def coro():
    return 1

c = coro()
for attempt in (lambda: iter(c), lambda: next(c), lambda: list(c)):
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)
print(hasattr(c, "__next__"), hasattr(c, "__iter__"), hasattr(c, "__await__"))
print(hasattr(c, "send"), hasattr(c, "throw"), hasattr(c, "close"))
c.close()

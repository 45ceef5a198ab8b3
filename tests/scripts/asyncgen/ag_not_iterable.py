# An async generator is not a (synchronous) iterable.
async def agen():
    yield 1

g = agen()
for attempt in (lambda: iter(g), lambda: next(g), lambda: list(g)):
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    for x in g:
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(g, "__aiter__"), hasattr(g, "__anext__"), hasattr(g, "__iter__"))
try:
    g.send
except AttributeError as e:
    print(type(e).__name__, e)

# Generator, coroutine and async generator attributes are read-only.
# (CPython's message depends on how each attribute is declared in C, so
# only the exception type is printed.)
def gen():
    yield

async def coro():
    pass

async def agen():
    yield

c = coro()
cases = [(gen(), ["gi_frame", "gi_running", "gi_code", "gi_yieldfrom"]),
         (c, ["cr_frame", "cr_running", "cr_code", "cr_await", "cr_origin"]),
         (agen(), ["ag_frame", "ag_running", "ag_code", "ag_await"])]
for obj, attrs in cases:
    for attr in attrs:
        try:
            setattr(obj, attr, None)
            print(attr, "was set?!")
        except AttributeError as e:
            print(type(obj).__name__, attr, type(e).__name__)
try:
    gen().foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
c.close()

# The public attributes of generators, coroutines and async generators.
def gen():
    yield

async def coro():
    pass

async def agen():
    yield

c = coro()
for obj, prefix in ((gen(), "gi_"), (c, "cr_"), (agen(), "ag_")):
    print(type(obj).__name__, [n for n in sorted(dir(obj)) if n.startswith(prefix)])
    print("  methods:", [n for n in ("send", "throw", "close", "asend", "athrow", "aclose",
                                      "__next__", "__iter__", "__await__", "__aiter__", "__anext__")
                         if hasattr(obj, n)])
c.close()

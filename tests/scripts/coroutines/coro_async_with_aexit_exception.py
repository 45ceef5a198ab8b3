# __aexit__ receives the exception type, value and traceback; an exception
# raised by __aexit__ replaces the original (chained as __context__).
class Inspect:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        print("typ:", typ.__name__, "| val:", repr(val), "| tb line:", tb.tb_lineno - first)
        raise RuntimeError("from __aexit__")

async def main():
    async with Inspect():
        raise KeyError("body")

first = main.__code__.co_firstlineno
try:
    main().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

# __aexit__ returning a true value suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        print("__aexit__:", typ.__name__ if typ else None, val, tb is not None)
        return typ is not None and issubclass(typ, self.types)

async def main():
    async with Suppress(KeyError):
        raise KeyError("suppressed")
    print("continues after suppression")
    try:
        async with Suppress(KeyError):
            raise ValueError("passes through")
    except ValueError as e:
        print("caught outside:", e)
    async with Suppress(KeyError) as s:
        print("no exception, bound:", type(s).__name__)
    return "ok"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

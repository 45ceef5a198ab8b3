# Compile-time error: async with outside an async function (exit 1).
class CM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        pass

def f():
    async with CM():
        pass

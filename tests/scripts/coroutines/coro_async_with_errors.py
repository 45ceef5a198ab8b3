# async with on objects that do not support the protocol.
class Sync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

class BadExit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return 2

class NoExit:
    async def __aenter__(self):
        return self

async def use(cm):
    async with cm:
        pass

for cm in (Sync(), 5, BadEnter(), BadExit(), NoExit()):
    try:
        use(cm).send(None)
    except TypeError as e:
        print(type(cm).__name__, "->", type(e).__name__, e)
    except AttributeError as e:
        print(type(cm).__name__, "->", type(e).__name__, e)

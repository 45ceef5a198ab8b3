# __await__ must return an iterator.
class ReturnsInt:
    def __await__(self):
        return 5

class ReturnsList:
    def __await__(self):
        return [1, 2]

class NotCallable:
    __await__ = None

async def wait_on(obj):
    return await obj

for obj in (ReturnsInt(), ReturnsList(), NotCallable()):
    try:
        wait_on(obj).send(None)
    except TypeError as e:
        print(type(e).__name__, e)

# __name__/__qualname__ of coroutines from functions, nested functions and
# methods; they can be reassigned on the object.
async def top():
    pass

def factory():
    async def nested():
        pass
    return nested

class Service:
    async def method(self):
        pass
    @staticmethod
    async def static():
        pass
    @classmethod
    async def cls(cls):
        pass

coros = [top(), factory()(), Service().method(), Service.static(), Service.cls()]
for c in coros:
    print(c.__name__, c.__qualname__, c.cr_code.co_qualname)
c = coros[0]
c.__name__ = "renamed"
c.__qualname__ = "X.renamed"
print(c.__name__, c.__qualname__)
try:
    c.__name__ = None
except TypeError as e:
    print(type(e).__name__, e)
for c in coros:
    c.close()

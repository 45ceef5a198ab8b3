# __name__ and __qualname__ of async generators.
async def top():
    yield

def factory():
    async def nested():
        yield
    return nested()

class C:
    async def method(self):
        yield

for g in (top(), factory(), C().method()):
    print(type(g).__name__, g.__name__, g.__qualname__)
g = top()
g.__name__ = "other"
print(g.__name__, g.__qualname__)
async def outer():
    return (x async for x in top())
c = outer()
try:
    c.send(None)
except StopIteration as e:
    ge = e.value
print(type(ge).__name__, ge.__name__, ge.__qualname__)

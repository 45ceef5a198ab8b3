# __await__ must not return a coroutine.
async def native():
    return 1

class Bad:
    def __init__(self):
        self.inner = native()
    def __await__(self):
        return self.inner

b = Bad()

async def main():
    await b

c = main()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)

class Good:
    def __await__(self):
        return native().__await__()

async def main2():
    return await Good()

try:
    main2().send(None)
except StopIteration as e:
    print("via coroutine_wrapper:", e.value)
b.inner.close()

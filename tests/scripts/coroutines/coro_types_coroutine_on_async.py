# types.coroutine on an async def function returns it unchanged; on a
# plain function returning a generator it wraps the result.
import types

async def native():
    return 1

print(types.coroutine(native) is native)

def returns_gen():
    def inner():
        yield "from inner generator"
        return "inner result"
    return inner()

wrapped = types.coroutine(returns_gen)

async def main():
    return await wrapped()

c = main()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    types.coroutine(42)
except TypeError as e:
    print(type(e).__name__, e)

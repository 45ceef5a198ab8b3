# throw() on a coroutine is forwarded to the iterator it is awaiting.
class Awaitable:
    def __await__(self):
        try:
            yield "awaitable suspended"
        except ValueError as e:
            print("awaitable caught", e)
            return "awaitable recovered"

async def main():
    r = await Awaitable()
    print("await returned", r)
    return "main done"

c = main()
print(c.send(None))
try:
    c.throw(ValueError("thrown in"))
except StopIteration as e:
    print(e.value)

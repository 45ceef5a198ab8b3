# cr_await holds the iterator a coroutine awaits: a coroutine, a
# generator-based coroutine, the iterator returned by __await__.
import types

@types.coroutine
def gen_based():
    yield "gen-based"

async def native():
    await gen_based()

class GenAwait:
    def __await__(self):
        yield "generator __await__"

class ListAwait:
    def __await__(self):
        return iter(["list iterator"])

class CustomIter:
    def __iter__(self):
        return self
    def __next__(self):
        return "custom iterator"

class CustomAwait:
    def __await__(self):
        return CustomIter()

async def waiter(aw):
    await aw

for make in (native, gen_based, GenAwait, ListAwait, CustomAwait):
    c = waiter(make())
    print(c.send(None), "| cr_await:", type(c.cr_await).__name__)
    c.close()

# Generators, coroutines and async generators are recognised by the ABCs
# of collections.abc, by registration and by structure.
import collections.abc as cabc
import inspect
import types


def gen():
    x = yield 1
    yield x


async def coro():
    return 1


async def agen():
    yield 1


g = gen()
c = coro()
a = agen()
for name in ["Iterable", "Iterator", "Generator", "Awaitable", "Coroutine",
             "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Hashable", "Callable"]:
    abc_class = getattr(cabc, name)
    print(name, isinstance(g, abc_class), isinstance(c, abc_class), isinstance(a, abc_class),
          isinstance(gen, abc_class))
print(issubclass(types.GeneratorType, cabc.Generator), issubclass(types.CoroutineType, cabc.Coroutine),
      issubclass(types.AsyncGeneratorType, cabc.AsyncGenerator))
print(inspect.isawaitable(c), inspect.isawaitable(g), inspect.iscoroutine(c), inspect.isgenerator(g))


class Fut:
    def __await__(self):
        return (yield self)


print(isinstance(Fut(), cabc.Awaitable), isinstance(Fut(), cabc.Coroutine), inspect.isawaitable(Fut()))


@types.coroutine
def old_style():
    yield


o = old_style()
print(isinstance(o, cabc.Coroutine), isinstance(o, cabc.Awaitable), inspect.isawaitable(o))
c.close()
o.close()

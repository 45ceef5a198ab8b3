# Future and Task as CPython's _asyncio builds them: class names, the
# iterator of `await`, errors of result()/exception(), callbacks, names,
# subclasses, and the errors of bad yields.
import asyncio


def show(*values):
    # Task reprs name the script's path, which differs by how it was started.
    name = __file__.rsplit("/", 1)[-1]
    print(*(str(value).replace(__file__, "FILE").replace(name, "FILE") for value in values))


print(asyncio.Future, asyncio.Task, asyncio.Future.__module__, asyncio.Task.__mro__[1])
print(issubclass(asyncio.Task, asyncio.Future), asyncio.isfuture(asyncio.Future))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut, fut.done(), fut.cancelled(), fut.get_loop() is loop)
    for method in (fut.result, fut.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    it = fut.__await__()
    print(type(it).__name__, next(it) is fut, fut._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print(type(e).__name__, e)
    fut._asyncio_future_blocking = False
    it2 = iter(fut)
    print(next(it2) is fut)
    fut.set_result(42)
    try:
        next(it2)
    except StopIteration as e:
        print("StopIteration", e.value)
    print(fut, fut.result(), fut.exception())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        fut.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)

    fut = loop.create_future()
    for bad in (StopIteration(), 42, StopIteration):
        try:
            fut.set_exception(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    fut.set_exception(KeyError)
    print(fut, repr(fut.exception()))
    try:
        fut.result()
    except KeyError as e:
        print("raised", repr(e))

    fut = loop.create_future()
    calls = []
    def first(f):
        calls.append(("first", f.result()))
    def second(f):
        calls.append(("second", f.result()))
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    fut.add_done_callback(first)
    print(len(fut._callbacks), fut.remove_done_callback(first), fut.remove_done_callback(print))
    fut.add_done_callback(second, context=None)
    fut.set_result("v")
    await asyncio.sleep(0)
    print(calls)
    fut.add_done_callback(first)
    await asyncio.sleep(0)
    print(calls[-1])

    fut = loop.create_future()
    print(fut.cancel("why"), fut.cancel(), fut.cancelled(), fut._state)
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print(type(e).__name__, e.args)
    try:
        fut.exception()
    except asyncio.CancelledError as e:
        print(type(e).__name__, e.args)

    async def work(x):
        await asyncio.sleep(0)
        return x * 2

    coro = work(3)
    task = asyncio.create_task(coro, name=17)
    print(task.get_coro() is coro, task.get_name(), type(task.get_name()).__name__)
    task.set_name(("a", 1))
    print(task.get_name(), task.done(), hasattr(task, "get_context"))
    for method, arg in ((task.set_result, 1), (task.set_exception, ValueError())):
        try:
            method(arg)
        except RuntimeError as e:
            print(type(e).__name__, e)
    print(await task, task.result(), task.cancelling(), task.uncancel())

    try:
        asyncio.Task(42)
    except TypeError as e:
        print(type(e).__name__, e)
    c = work(1)
    try:
        asyncio.Task(c, loop=loop, name="x", context=None, extra=1)
    except TypeError as e:
        print(type(e).__name__, e)
    await asyncio.Task(c, loop=loop)

    class Bad:
        def __await__(self):
            yield 5

    class Blocking:
        _asyncio_future_blocking = False
        _loop = loop

        def __await__(self):
            yield self

        def __repr__(self):
            return "<Blocking>"

    def gen():
        yield

    class YieldsGenerator:
        def __await__(self):
            yield gen()

    for awaitable in (Bad(), Blocking(), YieldsGenerator()):
        async def waits(a=awaitable):
            await a
        t = asyncio.create_task(waits(), name="bad")
        try:
            await t
        except RuntimeError as e:
            print(type(e).__name__, str(e).replace(f"{id(t):#x}", "ID").split(" at ")[0])

    async def self_await():
        await asyncio.sleep(0)
        await me
    me = asyncio.create_task(self_await(), name="me")
    try:
        await me
    except RuntimeError as e:
        print(type(e).__name__, str(e).split(" coro=")[0])

    class MyFuture(asyncio.Future):
        __slots__ = ("tag",)

        def __init__(self, tag):
            super().__init__(loop=loop)
            self.tag = tag

    mine = MyFuture("t")
    loop.call_soon(mine.set_result, "from subclass")
    print(await mine, mine.tag, mine)

    async def sleeper():
        await asyncio.sleep(10)
    s = asyncio.create_task(sleeper(), name="sleeper")
    await asyncio.sleep(0)
    show(s)
    show(s.cancel("stop"), s.cancelling(), s)
    try:
        await s
    except asyncio.CancelledError as e:
        show(type(e).__name__, e.args, s.cancelled(), s)


asyncio.run(main())

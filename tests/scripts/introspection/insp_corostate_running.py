# CORO_RUNNING observed from inside, and the awaiting coroutine's state
# while it awaits another one.
import inspect

async def inner():
    return inspect.getcoroutinestate(outer_coro), inspect.getcoroutinestate(inner_coro)

async def outer():
    global inner_coro
    inner_coro = inner()
    return await inner_coro

outer_coro = outer()
try:
    outer_coro.send(None)
except StopIteration as e:
    print(e.value)
print(inspect.getcoroutinestate(outer_coro), inspect.getcoroutinestate(inner_coro))

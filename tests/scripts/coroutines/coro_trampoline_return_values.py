# A trampoline: coroutines yield "call" requests for other coroutines, and
# the driver runs them on an explicit stack, sending results back.
import types

@types.coroutine
def call(coro):
    return (yield coro)

async def fib(n):
    if n < 2:
        return n
    a = await call(fib(n - 1))
    b = await call(fib(n - 2))
    return a + b

def trampoline(main):
    stack = [main]
    value = None
    max_depth = 1
    while stack:
        try:
            request = stack[-1].send(value)
        except StopIteration as e:
            stack.pop()
            value = e.value
            continue
        stack.append(request)
        max_depth = max(max_depth, len(stack))
        value = None
    return value, max_depth

print(trampoline(fib(15)))

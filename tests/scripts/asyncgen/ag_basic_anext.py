# An async generator: __anext__() returns an awaitable whose completion
# (StopIteration) carries the next value; StopAsyncIteration at the end.
async def agen():
    print("start")
    yield 1
    yield 2
    print("end")

def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    return ("suspended",)

g = agen()
print(type(g).__name__, g.__name__)
print(run(g.__anext__()))
print(run(g.__anext__()))
print(run(g.__anext__()))
print(run(g.__anext__()))

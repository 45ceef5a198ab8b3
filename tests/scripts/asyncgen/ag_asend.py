# asend(value) resumes the async generator with a value for its yield.
async def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return
        total += value

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"

g = accumulator()
print(step(g.asend(None)))
print(step(g.asend(5)))
print(step(g.asend(10)))
print(step(g.asend(None)))
print(step(g.asend(1)))
print(type(g.asend(None)).__name__)

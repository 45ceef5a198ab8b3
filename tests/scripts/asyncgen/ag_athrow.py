# athrow() raises an exception at the paused yield of an async generator.
async def agen():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("caught", repr(e))
            yield "recovered"
        except ValueError:
            print("giving up")
            return

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)

g = agen()
print(step(g.__anext__()))
print(step(g.athrow(KeyError("k"))))
print(step(g.__anext__()))
print(step(g.athrow(KeyError)))
print(step(g.__anext__()))
print(step(g.athrow(ValueError, "v")))
try:
    print("athrow on finished:", step(g.athrow(IndexError("after finish"))))
except IndexError as e:
    print("finished generator re-raises:", repr(e))

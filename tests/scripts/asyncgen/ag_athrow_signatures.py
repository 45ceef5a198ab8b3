# athrow() accepts the same three signatures as generator.throw().
async def agen():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
step(g.__anext__())
step(g.athrow(KeyError))
step(g.athrow(KeyError("instance")))
step(g.athrow(KeyError, "value"))
step(g.athrow(KeyError, KeyError("both")))
step(g.athrow(KeyError, "three", None))
bad = g.athrow(1)
print("athrow(1) itself does not raise:", type(bad).__name__)
try:
    step(bad)
except TypeError as e:
    print("awaited athrow(1):", type(e).__name__, e)
step(g.aclose())
print(g.ag_frame)

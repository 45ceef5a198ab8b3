# Exceptions thrown into an async generator suspended deep in an await
# chain go to the innermost awaitable first, and each level may handle
# them; athrow() at its own yield; ag_await shows the chain.
class Pause:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        try:
            return (yield "pause " + self.label)
        except KeyError as e:
            print("  Pause", self.label, "handles", repr(e))
            return "recovered " + self.label

async def middle():
    got = await Pause("inner")
    print("  middle got", got)
    try:
        return await Pause("second")
    except ValueError as e:
        print("  middle handles", repr(e))
        raise IndexError("from middle") from e

async def agen():
    while True:
        try:
            value = await middle()
            yield "agen yields " + str(value)
        except IndexError as e:
            print("  agen handles", repr(e), "cause", repr(e.__cause__))
            yield "agen recovered"

def attempt(label, f):
    try:
        print(label, "->", f())
    except StopIteration as e:
        print(label, "-> StopIteration", repr(e.value))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

g = agen()
step = g.__anext__()
attempt("start", lambda: step.send(None))
print("ag_await:", type(g.ag_await).__name__, g.ag_await.__name__)
print("ag_await.cr_await:", type(g.ag_await.cr_await).__name__)
attempt("athrow while awaiting", lambda: g.athrow(KeyError("k")).send(None))
attempt("throw KeyError into the step", lambda: step.throw(KeyError("k")))
attempt("throw ValueError into the step", lambda: step.throw(ValueError("v")))
print("ag_running:", g.ag_running, "ag_await:", g.ag_await)
step = g.__anext__()
attempt("next step", lambda: step.send(None))
attempt("resume", lambda: step.send(None))
attempt("finish", lambda: step.send("x"))
attempt("athrow at the yield", lambda: g.athrow(IndexError("direct")).send(None))
attempt("athrow type and value", lambda: g.athrow(IndexError, "pair").send(None))
step = g.__anext__()
attempt("next step", lambda: step.send(None))
closing = g.aclose()
attempt("aclose while awaiting", lambda: closing.send(None))
attempt("aclose throw GeneratorExit", lambda: step.throw(GeneratorExit))
attempt("after", lambda: g.__anext__().send(None))
print("ag_running:", g.ag_running)

# The asend/athrow awaitables' state rules: reuse, "already running" while
# another awaitable drives the generator, non-None sends, argument errors
# (checked only when awaited), and what a finished generator answers.
class Pause:
    def __await__(self):
        yield "paused"

async def agen():
    await Pause()
    yield "value"

async def two():
    x = yield 1
    yield x

def attempt(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

g = agen()
first = g.__anext__()
attempt("first", lambda: first.send(None))
second = g.__anext__()
attempt("second", lambda: second.send(None))
attempt("second again", lambda: second.send(None))
a = g.athrow(ValueError)
attempt("athrow", lambda: a.send(None))
attempt("athrow again", lambda: a.send(None))
c = g.aclose()
attempt("aclose.throw", lambda: c.throw(KeyError))
attempt("first resumes", lambda: first.send(None))
attempt("aclose.send", lambda: c.send(None))

h = two()
attempt("athrow send 1", lambda: h.athrow(KeyError).send(1))
attempt("aclose send 1", lambda: h.aclose().send(1))
s = h.asend(None)
attempt("asend.throw fresh", lambda: s.throw(KeyError))
attempt("asend reused", lambda: s.send(None))
print("running:", h.ag_running)

h = two()
attempt("asend", lambda: h.asend(None).send(None))
aw = h.asend("given")
attempt("asend send(x) overrides", lambda: aw.send("sent"))
attempt("exhausted", lambda: h.asend(None).send(None))
attempt("aclose exhausted", lambda: h.aclose().send(None))
attempt("athrow exhausted", lambda: h.athrow(KeyError).send(None))

h = two()
attempt("aclose unstarted", lambda: h.aclose().send(None))
attempt("aclose twice", lambda: h.aclose().send(None))
attempt("anext after", lambda: h.__anext__().send(None))

h = two()
attempt("athrow()", lambda: h.athrow().send(None))
attempt("then asend", lambda: h.asend(None).send(None))
attempt("then athrow", lambda: h.athrow(KeyError).send(None))
h = two()
attempt("athrow(1)", lambda: h.athrow(1).send(None))
attempt("then anext", lambda: h.__anext__().send(None))
h = two()
attempt("athrow(KeyError, 1, 2)", lambda: h.athrow(KeyError, 1, 2).send(None))
attempt("athrow(KeyError('x'), 1)", lambda: h.athrow(KeyError("x"), 1).send(None))
attempt("asend()", lambda: h.asend())
attempt("asend(1, 2)", lambda: h.asend(1, 2))
attempt("asend(x=1)", lambda: h.asend(x=1))
attempt("aclose(1)", lambda: h.aclose(1))
attempt("athrow(x=1)", lambda: h.athrow(x=1))
attempt("asend send()", lambda: h.__anext__().send())
attempt("asend throw()", lambda: h.__anext__().throw())
attempt("athrow close(1)", lambda: h.aclose().close(1))
aw = h.__anext__()
print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
attempt("next(asend)", lambda: next(aw))
attempt("next(asend) again", lambda: next(aw))
print(type(h.aclose()).__name__, type(h.athrow(KeyError)).__name__)

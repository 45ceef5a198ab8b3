class Base(Exception):
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    def __init__(self, code):
        super().__init__(f"leaf error {code}")
        self.code = code
def raise_it(cls):
    if cls is Leaf:
        raise Leaf(7)
    raise cls("plain")
for cls in [Base, Mid, Leaf, ValueError]:
    try:
        raise_it(cls)
    except Leaf as e:
        print("Leaf handler", e, e.code)
    except Mid as e:
        print("Mid handler", e)
    except Base as e:
        print("Base handler", e)
    except Exception as e:
        print("generic handler", type(e).__name__, e)
print([c.__name__ for c in Leaf.__mro__])
print(issubclass(Leaf, Base), isinstance(Leaf(1), Exception), Leaf(1).args)
class WithExtra(Exception):
    def __init__(self, msg, *, hint=None):
        super().__init__(msg)
        self.hint = hint
try:
    raise WithExtra("bad thing", hint="try again")
except WithExtra as e:
    print(e, "| hint:", e.hint, "|", repr(e))

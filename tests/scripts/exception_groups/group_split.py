# split() and subgroup(): by type, by a tuple of types, by a predicate,
# through nested groups; the derived groups keep the original's metadata.


def show(label, part):
    print(label, repr(part))


inner = ExceptionGroup("inner", [TypeError(3), OSError(4)])
eg = ExceptionGroup("outer", [ValueError(1), inner, ValueError(2)])

show("split ValueError", eg.split(ValueError))
show("split TypeError", eg.split(TypeError))
show("split tuple", eg.split((TypeError, OSError)))
show("split Exception", eg.split(Exception))
show("split KeyError", eg.split(KeyError))
show("split group class", eg.split(ExceptionGroup))
show("split predicate", eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("predicate sees groups", eg.split(lambda e: getattr(e, "message", "") == "inner"))
show("subgroup", eg.subgroup(OSError))
show("subgroup none", eg.subgroup(KeyError))
print(eg.subgroup(Exception) is eg, eg.split(BaseException)[0] is eg)

for bad in (1, "x", (ValueError, 1), [ValueError], int):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)

calls = []
def record(e):
    calls.append(type(e).__name__)
    return False
eg.split(record)
print(calls)


def failing(e):
    raise RuntimeError("predicate failed")
try:
    eg.subgroup(failing)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    raise eg
except ExceptionGroup as caught:
    caught.add_note("a note")
    try:
        raise KeyError("context")
    except KeyError as k:
        caught.__context__ = k
    caught.__cause__ = IndexError("cause")
    match, rest = caught.split(ValueError)
    for part in (match, rest):
        print(part.__traceback__ is caught.__traceback__, repr(part.__cause__),
              repr(part.__context__), part.__suppress_context__, part.__notes__,
              part.__notes__ is caught.__notes__)
    match.__notes__.append("only on match")
    print(caught.__notes__, match.__notes__)
    print(match.exceptions[1].__traceback__ is inner.__traceback__)

eg.__notes__ = 42
print(hasattr(eg.subgroup(ValueError), "__notes__"))
eg.__notes__ = ("a", "tuple")
print(eg.subgroup(ValueError).__notes__)


class MyGroup(ExceptionGroup):
    pass


my = MyGroup("mine", [ValueError(1), TypeError(2)])
show("plain subclass split", my.split(ValueError))


class Derived(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return Derived(self.message + "!", excs, self.code)


d = Derived("derived", [ValueError(1), TypeError(2)], 42)
m, r = d.split(ValueError)
print(type(m).__name__, repr(m), m.message, m.code, r.message)
print(repr(d.derive([KeyError()])), repr(eg.derive([KeyError()])))
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt()]).derive([ValueError()])))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42


try:
    BadDerive("bad", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)


class Holder:
    def is_value_error(self, e):
        return isinstance(e, ValueError)


for matcher in (Holder().is_value_error, len):
    try:
        eg.split(matcher)
    except TypeError as e:
        print("TypeError:", e)

with_context = ExceptionGroup("ctx", [ValueError(1), TypeError(2)])
with_context.__context__ = KeyError("only context")
part = with_context.subgroup(ValueError)
print(repr(part.__context__), part.__cause__, part.__suppress_context__,
      with_context.__suppress_context__)

for method in (eg.derive, eg.split, eg.subgroup):
    for arguments in ((), (ValueError, KeyError)):
        try:
            method(*arguments)
        except TypeError as e:
            print("TypeError:", e)

# BaseExceptionGroup and ExceptionGroup: the constructor's checks, the
# class it picks, and the attributes of the group it makes.


def attempt(make):
    try:
        group = make()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(type(group).__name__, repr(group), "|", str(group))


attempt(lambda: ExceptionGroup("two", [ValueError(1), TypeError(2)]))
attempt(lambda: ExceptionGroup("one", (KeyError("k"),)))
attempt(lambda: BaseExceptionGroup("auto", [ValueError(1)]))
attempt(lambda: BaseExceptionGroup("base", [ValueError(1), KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("base", [ValueError(1), SystemExit(3)]))
attempt(lambda: ExceptionGroup("empty", []))
attempt(lambda: ExceptionGroup("not a sequence", {ValueError(1)}))
attempt(lambda: ExceptionGroup("not a sequence", None))
attempt(lambda: ExceptionGroup("class", [ValueError]))
attempt(lambda: ExceptionGroup("item", [ValueError(1), 2]))
attempt(lambda: ExceptionGroup(1, [ValueError(1)]))
attempt(lambda: ExceptionGroup("few"))
attempt(lambda: ExceptionGroup())
attempt(lambda: ExceptionGroup("many", [ValueError()], 3))
attempt(lambda: ExceptionGroup("kw", [ValueError()], x=1))
attempt(lambda: ExceptionGroup("nested", [ExceptionGroup("inner", [OSError(2, "x")])]))

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(eg.args, eg.__traceback__, eg.__cause__, eg.__context__)
excs = [ValueError(3)]
eg = ExceptionGroup("list", excs)
excs.append(TypeError(4))
print(eg.exceptions, eg.args)
for name in ("message", "exceptions"):
    try:
        setattr(eg, name, None)
    except AttributeError as e:
        print("AttributeError:", e)
print(eg.__dict__)
eg.extra = 1
print(eg.__dict__)

print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
try:
    raise ExceptionGroup("caught by except Exception", [ValueError()])
except Exception as e:
    print("caught", repr(e))
print(str(ExceptionGroup("", [ValueError()])), str(ExceptionGroup("x", [ValueError()] * 3)))

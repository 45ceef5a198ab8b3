# except*: each clause takes the part of the group it matches; what no
# clause matched is raised again as a group.
import sys


def run(make, label):
    print("--", label)
    try:
        try:
            raise make()
        except* ValueError as e:
            print("ValueError clause:", repr(e), repr(sys.exc_info()[1]) == repr(e))
        except* (TypeError, KeyError) as e:
            print("Type/KeyError clause:", repr(e))
        except* OSError:
            print("OSError clause, unnamed")
    except BaseException as leftover:
        print("leftover:", type(leftover).__name__, repr(leftover))
    else:
        print("all handled")


run(lambda: ExceptionGroup("eg", [ValueError(1), TypeError(2)]), "two clauses")
run(lambda: ExceptionGroup("eg", [ValueError(1), ZeroDivisionError(3)]), "leftover")
run(lambda: ExceptionGroup("eg", [ExceptionGroup("in", [ValueError(1), OSError()]), KeyError(5)]),
    "nested")
run(lambda: ValueError("naked"), "naked exception wrapped")
run(lambda: ZeroDivisionError("naked"), "naked, no clause matches")
run(lambda: BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)]), "base group")
run(lambda: ExceptionGroup("eg", [RuntimeError()]), "no match")


def naked_identity():
    error = ValueError("same")
    try:
        raise error
    except* ValueError as e:
        print(type(e).__name__, repr(e.message), e.exceptions[0] is error)


naked_identity()


def binding_cleared():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ValueError as e:
        pass
    try:
        e
    except NameError as error:
        print("NameError:", error)
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* TypeError as f:
        pass
    except* ValueError:
        pass
    print("f" in locals())


binding_cleared()


def else_finally(fail):
    try:
        if fail:
            raise ExceptionGroup("eg", [ValueError()])
        print("body")
    except* ValueError:
        print("handler")
    else:
        print("else")
    finally:
        print("finally")


else_finally(False)
else_finally(True)
print(sys.exc_info())


def each_clause_once():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as e:
        print("once with", e.exceptions)
    except* Exception as e:
        print("rest", e.exceptions)


each_clause_once()
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    try:
        raise KeyError("inner")
    except KeyError as k:
        print("nested try inside except*", repr(k.__context__))

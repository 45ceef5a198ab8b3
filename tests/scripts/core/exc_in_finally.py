def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
def g():
    try:
        return 1
    finally:
        1 / 0
try:
    g()
except ZeroDivisionError as e:
    print(type(e).__name__, e, e.__context__)
def h():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
        finally:
            print("finally while TypeError propagates")
    except TypeError as e:
        return f"caught {e} ctx {e.__context__!r}"
print(h())
def cleanup_fails():
    try:
        pass
    finally:
        raise RuntimeError("cleanup failed")
try:
    cleanup_fails()
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)

def level(n):
    if n == 0:
        raise ValueError("level 0")
    try:
        level(n - 1)
    except Exception as e:
        raise RuntimeError(f"level {n}")
try:
    level(3)
except RuntimeError as e:
    chain = []
    while e is not None:
        chain.append(str(e))
        e = e.__context__
    print(chain)
try:
    try:
        raise KeyError("a")
    finally:
        print("finally runs")
except KeyError as e:
    print("caught", e, e.__context__)
try:
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            raise TypeError("third")
except TypeError as e:
    print(e, "<-", e.__context__, "<-", e.__context__.__context__, "<-", e.__context__.__context__.__context__)
err = ValueError("self")
try:
    try:
        raise err
    except ValueError as x:
        raise x
except ValueError as y:
    print(y.__context__)

def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__}"
    except ZeroDivisionError:
        return "zero"
    except ArithmeticError as e:
        return f"arith: {type(e).__name__}"
    except Exception as e:
        return f"other: {type(e).__name__}"
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), FloatingPointError()]:
    print(classify(exc))
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    e
except NameError as err:
    print(type(err).__name__, err)
errors = (TypeError, ValueError)
try:
    int("z")
except errors as e:
    print("tuple var", type(e).__name__)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong")
except ValueError as e:
    print("outer caught", e)
try:
    raise ValueError
except:
    print("bare except")
try:
    try:
        1 / 0
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)

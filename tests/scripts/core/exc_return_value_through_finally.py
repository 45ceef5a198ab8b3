def f(x):
    try:
        if x == 0:
            raise ZeroDivisionError
        return 10 / x
    except ZeroDivisionError:
        return "div by zero"
    finally:
        print("finally for", x)
print(f(2), f(0))
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(counter())
def gen_list():
    result = []
    try:
        result.append(1)
        return result
    finally:
        result.append("added in finally")
print(gen_list())
def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 2:
                return out
            out.append(i)
        finally:
            out.append(f"f{i}")
print(loop_with_finally())

log = []
def inner():
    try:
        log.append("inner try")
        raise ValueError("inner")
    finally:
        log.append("inner finally")
def middle():
    try:
        inner()
    finally:
        log.append("middle finally")
def outer():
    try:
        middle()
    except ValueError as e:
        log.append(f"outer caught {e}")
    finally:
        log.append("outer finally")
outer()
print(log)
def deep(n):
    try:
        if n == 0:
            raise KeyError("bottom")
        deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(3)
except KeyError as e:
    print("caught", e)

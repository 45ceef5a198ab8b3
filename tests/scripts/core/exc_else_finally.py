def run(x):
    log = []
    try:
        log.append("try")
        if x == "raise":
            raise ValueError
        if x == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for x in ["ok", "raise", "return"]:
    print(run(x))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def finally_sees_value():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally x =", x)
print(finally_sees_value())
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())

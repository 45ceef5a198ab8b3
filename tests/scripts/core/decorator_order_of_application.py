def deco(name):
    print("creating decorator", name)
    def apply(fn):
        print("applying", name, "to", fn.__name__)
        def wrapper(*args):
            print("enter", name)
            result = fn(*args)
            print("exit", name)
            return result
        wrapper.__name__ = f"{name}({fn.__name__})"
        return wrapper
    return apply
@deco("outer")
@deco("middle")
@deco("inner")
def target(x):
    print("target runs with", x)
    return x * 2
print("decorated name:", target.__name__)
print("result:", target(21))

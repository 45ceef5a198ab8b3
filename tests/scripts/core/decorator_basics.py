def loud(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@loud
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__)
def twice(func):
    def wrapper(*a):
        return func(func(*a))
    return wrapper
@twice
def inc(x):
    return x + 1
print(inc(5))
def bold(f):
    return lambda: "<b>" + f() + "</b>"
def italic(f):
    return lambda: "<i>" + f() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text())
def identity(f):
    return f
@identity
def same():
    return "same"
print(same.__name__, same())
def replace_with_value(f):
    return 42
@replace_with_value
def gone():
    pass
print(gone)

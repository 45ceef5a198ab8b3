def repeat(n):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return decorator
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def tag(name, **attrs):
    def deco(f):
        def inner(*a, **k):
            extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{extra}>{f(*a, **k)}</{name}>"
        return inner
    return deco
@tag("p", cls="intro")
@tag("span")
def content(s):
    return s.upper()
print(content("text"))
calls = {}
def counted(label):
    def deco(f):
        def w(*a):
            calls[label] = calls.get(label, 0) + 1
            return f(*a)
        return w
    return deco
@counted("sq")
def sq(x):
    return x * x
print([sq(i) for i in range(4)], calls)
class Registry:
    def __init__(self):
        self.items = {}
    def register(self, key):
        def deco(f):
            self.items[key] = f
            return f
        return deco
r = Registry()
@r.register("one")
def one():
    return 1
print(r.items["one"](), sorted(r.items))

class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)
def add_method(cls):
    cls.extra = lambda self: f"extra on {type(self).__name__}"
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(1) is Config(3))
class Method:
    @CountCalls
    def m(x):
        return x
print(Method.m(5), Method.m.calls)

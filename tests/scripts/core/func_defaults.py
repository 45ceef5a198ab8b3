def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("A"), greet("B", "Hi"), greet("C", punct="?"), greet(greeting="Yo", name="D"))
print(greet.__defaults__, greet.__name__, greet.__code__.co_argcount)
counter = 0
def default_evaluated_once(x=[]):
    x.append(len(x))
    return x
print(default_evaluated_once(), default_evaluated_once(), default_evaluated_once([9]), default_evaluated_once())
def safe(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(safe(), safe())
k = 10
def capture(v=k):
    return v
k = 20
print(capture())
def kwonly_default(a, *, b=2, c):
    return a, b, c
print(kwonly_default(1, c=3), kwonly_default.__kwdefaults__)
def defaults_dict(d={}):
    d[len(d)] = True
    return d
defaults_dict()
print(defaults_dict(), defaults_dict.__defaults__)

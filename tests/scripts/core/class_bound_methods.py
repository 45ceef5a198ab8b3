class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting="Hello"):
        return f"{greeting}, {self.name}"
g = Greeter("Ann")
m = g.greet
print(m(), m("Hi"), Greeter.greet(g, "Hey"), type(m).__name__, type(Greeter.greet).__name__)
print(m.__self__.name, m.__func__ is Greeter.greet, m.__name__)
print(g.greet == g.greet, g.greet is g.greet, g.greet == Greeter("Ann").greet)
fns = [g.greet, Greeter("Bob").greet]
print([f("Yo") for f in fns])
try:
    Greeter.greet()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.greet("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
def extra(self, suffix):
    return self.name + suffix
Greeter.extra = extra
print(g.extra("!"), Greeter("Cy").extra("?"))
print(list(map(Greeter.greet, [g, Greeter("Di")])))

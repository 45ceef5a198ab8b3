class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
    def method(self):
        return self.a + 1
x = Logged()
print(x.a)
print(x.method())
print(x.missing)
class Blocker:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("blocked")
        return super().__getattribute__(name)
b = Blocker()
b.secret = 5
b.public = 6
print(b.public, b.__dict__)
try:
    b.secret
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(b, "secret", "hidden"))
class Everything:
    def __getattribute__(self, name):
        return 42
e = Everything()
print(e.x, e.anything, e.__len__)

# __set_name__ runs for each namespace entry when the class is made, also
# by type() and a metaclass; errors are wrapped in a RuntimeError in 3.11.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")


class Record:
    a = Field()
    b = Field()


r = Record()
r.__dict__["a"] = 1
print(r.a, r.b)
T = type("T", (), {"c": Field()})


class M(type):
    pass


class U(metaclass=M):
    d = Field()


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


try:
    class V:
        x = Broken()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
late = Field()
Record.late = late
print(hasattr(late, "name"))

# type(name, bases, namespace) and type.__new__'s argument checks.
for args in [("Z", (), []), ("Z", [], {}), (1, (), {}), ("Z", ()), ("Z", (), {}, 1)]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("Z", (), {}, x=1)
except TypeError as e:
    print("TypeError:", e)


class M(type):
    pass


try:
    class Bad(metaclass=M, y=2):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(M, "A", ())
except TypeError as e:
    print("TypeError:", e)
try:
    type("Z", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("Z", (bool,), {})
except TypeError as e:
    print("TypeError:", e)
T = type("T", (), {"x": 1, "__qualname__": "Outer.T"})
print(T.__name__, T.__qualname__, T.x, T.__module__, type(T()).__name__)
print(type(T), type(5), type(type))

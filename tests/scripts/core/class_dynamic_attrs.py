class Config:
    pass
c = Config()
for key, value in [("host", "localhost"), ("port", 8080), ("debug", True)]:
    setattr(c, key, value)
print(sorted(vars(c).items()))
print(getattr(c, "host"), getattr(c, "missing", None))
for name in ["port", "missing"]:
    try:
        delattr(c, name)
        print("deleted", name)
    except AttributeError as e:
        print(type(e).__name__, e)
print(hasattr(c, "port"), c.__dict__)
c.__dict__["direct"] = 1
print(c.direct)
Config.shared = "class level"
print(c.shared, vars(Config)["shared"])
try:
    getattr(c, 123)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, "a", "b", "c")
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".upper = None
except AttributeError as e:
    print(type(e).__name__, e)

for e in [Exception(), Exception("msg"), Exception("a", 2), ValueError("bad value"), KeyError("k"),
          KeyError(), KeyError("a", "b"), IndexError(3), OSError(2, "No such file"), StopIteration(5),
          SystemExit(3), AssertionError(), RuntimeError(None), TypeError(["list"]), UnicodeError("u")]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit("s").code)
print(OSError(2, "msg").errno, OSError(2, "msg").strerror, str(OSError(2, "msg", "file.txt")))
class MyErr(Exception):
    pass
print(repr(MyErr("m")), str(MyErr(1, 2)), MyErr.__name__, MyErr.__module__)
print(str(Exception("é")), repr(Exception("it's")), repr(Exception('a"b')))

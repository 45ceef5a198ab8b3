class Obj:
    def __repr__(self):
        return "Obj<repr>"
    def __str__(self):
        return "Obj<str>"
    def __format__(self, spec):
        return f"Obj<format:{spec}>"
o = Obj()
print("{}|{!s}|{!r}|{!a}|{:spec}".format(o, o, o, o, o))
print(f"{o}|{o!s}|{o!r}|{o:x>5}|{o!s:>12}|{o!r:^14}|")
data = {"user": {"name": "ann", "langs": ["py", "c"]}, "n": 3}
print("{0[user][name]} knows {0[user][langs][1]} and {0[n]} things".format(data))
print("{d[user][langs]}".format(d=data), "{0.__class__.__name__}".format(o))
w, p = 12, 3
print("{:{}.{}f}|".format(3.14159265, w, p), "{:{fill}{align}{width}}|".format("x", fill="-", align="^", width=7))
print(f"{3.14159265:{w}.{p}f}|{'x':{'-'}{'^'}{7}}|")
print("{0!r:>{1}}".format("é", 6), f"{'é'!a:>{6}}")
print("{:%Y}".format(type("D", (), {"__format__": lambda self, spec: "formatted " + spec})()))

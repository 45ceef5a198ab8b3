# Builtin methods called through LOAD_METHOD/CALL, directly on instances of
# their type (Eddy's shortest path), on subclass instances, unbound through
# the class, and bound: the results and every TypeError as CPython's.


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


xs = [1, 2]
d = {"a": 1}
s = "a,b,c"

print("--- wrong argument counts")
show("append()", lambda: xs.append())
show("append(1, 2)", lambda: xs.append(1, 2))
show("append(x=1)", lambda: xs.append(x=1))
show("append(1, x=2)", lambda: xs.append(1, x=2))
show("pop(1, 2)", lambda: xs.pop(1, 2))
show("insert(1)", lambda: xs.insert(1))
show("copy(1)", lambda: xs.copy(1))
show("index()", lambda: xs.index())
show("get()", lambda: d.get())
show("get(1, 2, 3)", lambda: d.get(1, 2, 3))
show("keys(1)", lambda: d.keys(1))
show("setdefault()", lambda: d.setdefault())
show("split(',', 1, 2)", lambda: s.split(",", 1, 2))
show("split(sep=',', x=1)", lambda: s.split(sep=",", x=1))
show("split(sep=',', maxsplit=1)", lambda: s.split(sep=",", maxsplit=1))
show("join()", lambda: s.join())
show("join([], [])", lambda: s.join([], []))
show("join(x=[])", lambda: s.join(x=[]))
show("upper(1)", lambda: s.upper(1))
show("find()", lambda: s.find())
show("find('a', 1, 2, 3)", lambda: s.find("a", 1, 2, 3))
show("count()", lambda: (1, 2).count())
show("index(1, 2, 3, 4)", lambda: (1, 2).index(1, 2, 3, 4))
show("add()", lambda: {1}.add())
show("kwargs dict, empty", lambda: xs.append(3, **{}))
show("kwargs dict", lambda: xs.append(3, **{"y": 1}))
show("star args", lambda: s.split(*[",", 1]))
print(xs)

print("--- unbound through the class")
show("list.append(xs, 4)", lambda: list.append(xs, 4))
show("list.append()", lambda: list.append())
show("list.append('s', 1)", lambda: list.append("s", 1))
show("str.split(1)", lambda: str.split(1))
show("dict.get([], 1)", lambda: dict.get([], 1))
show("str.join(',', ['a'])", lambda: str.join(",", ["a"]))
show("list.append(xs, x=1)", lambda: list.append(xs, x=1))


class MyList(list):
    pass


class MyDict(dict):
    def get(self, key, default=None):
        return ("MyDict.get", key, default)


class MyStr(str):
    pass


print("--- subclass instances")
ml = MyList([1])
ml.append(2)
show("MyList.append()", lambda: ml.append())
print(ml, type(ml).__name__)
md = MyDict(a=1)
print(md.get("a"), dict.get(md, "a"), md.setdefault("b", 2), md)
ms = MyStr("x-y")
print(ms.split("-"), ms.upper(), type(ms.upper()).__name__)
show("MyStr.split(1, 2, 3)", lambda: ms.split(1, 2, 3))

print("--- bound methods and builtins")
app = xs.append
app(5)
show("bound append()", lambda: app())
show("len()", lambda: len())
show("len(1, 2)", lambda: len(1, 2))
show("len(x=1)", lambda: len(x=1))
show("isinstance(1)", lambda: isinstance(1))
print(len(xs), xs)

print("--- a generator's send still resumes it")


def gen():
    got = yield 1
    while True:
        got = yield got * 2


g = gen()
print(next(g), g.send(10), g.send(21))
show("send()", lambda: g.send())
show("send(1, 2)", lambda: g.send(1, 2))

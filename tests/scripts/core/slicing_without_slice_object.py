# `seq[a:b]` and `seq[a:b:c]` written in the source: Eddy slices an exact
# str, list or tuple straight from the bounds, without a slice object. Every
# kind of bound must give what a real slice object gives.


class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        print("  __index__", self.value)
        return self.value

    def __repr__(self):
        return f"Index({self.value})"


class BadIndex:
    def __index__(self):
        raise RuntimeError("no index today")


class NotIndex:
    pass


class Growing:
    """A bound whose __index__ appends to the list being sliced."""

    def __init__(self, target, value):
        self.target = target
        self.value = value

    def __index__(self):
        self.target.append("new")
        return self.value


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = "hello, world"
u = "héllo wörld ☃ 𝄞!"
xs = list(range(10))
t = tuple("abcdefgh")
big = 10**30

for name, seq in [("str", s), ("wide str", u), ("list", xs), ("tuple", t)]:
    print("---", name)
    show("[1:4]", lambda: seq[1:4])
    show("[:3]", lambda: seq[:3])
    show("[3:]", lambda: seq[3:])
    show("[:]", lambda: seq[:])
    show("[-3:]", lambda: seq[-3:])
    show("[:-3]", lambda: seq[:-3])
    show("[-100:100]", lambda: seq[-100:100])
    show("[100:]", lambda: seq[100:])
    show("[5:2]", lambda: seq[5:2])
    show("[None:None]", lambda: seq[None:None])
    show("[::2]", lambda: seq[::2])
    show("[1::3]", lambda: seq[1::3])
    show("[::-1]", lambda: seq[::-1])
    show("[-2:1:-1]", lambda: seq[-2:1:-1])
    show("[8:-100:-3]", lambda: seq[8:-100:-3])
    show("[::None]", lambda: seq[::None])
    show("[big:]", lambda: seq[big:])
    show("[-big:big]", lambda: seq[-big:big])
    show("[:-big]", lambda: seq[:-big])
    show("[::big]", lambda: seq[::big])
    show("[::-big]", lambda: seq[::-big])
    show("[True:]", lambda: seq[True:])
    show("[Index(2):Index(-2)]", lambda: seq[Index(2):Index(-2)])
    show("[::Index(3)]", lambda: seq[::Index(3)])
    show("[::0]", lambda: seq[::0])
    show("[::Index(0)]", lambda: seq[::Index(0)])
    show("['a':]", lambda: seq["a":])
    show("[:1.5]", lambda: seq[:1.5])
    show("[::NotIndex()]", lambda: seq[::NotIndex()])
    show("[BadIndex():]", lambda: seq[BadIndex():])
    # The step is converted first, then start, then stop.
    show("[Index(1):Index(5):Index(2)]", lambda: seq[Index(1):Index(5):Index(2)])
    show("[NotIndex():1:0]", lambda: seq[NotIndex():1:0])

print("--- identity")
print(t[:] is t, t[0:] is t, t[::1] is t, t[::-1] is t)
print(xs[:] is xs, xs[:] == xs)
print(s[:] is s, s[0:100] is s)

print("--- a list resized by __index__")
ys = [1, 2, 3]
print(ys[0:Growing(ys, 100)], ys)
ys = [1, 2, 3]
print(ys[Growing(ys, -1):], ys)


class MyStr(str):
    def __getitem__(self, key):
        return ("MyStr", key)


class MyList(list):
    def __getitem__(self, key):
        return ("MyList", key)


class MyTuple(tuple):
    pass


class PlainStr(str):
    pass


print("--- subclasses")
print(MyStr("abcdef")[1:3])
print(MyStr("abcdef")[::2])
print(MyList([1, 2, 3])[1:])
print(MyList([1, 2, 3])[:2:-1])
mt = MyTuple((1, 2, 3))
print(mt[1:], type(mt[1:]).__name__, type(mt[:]).__name__)
ps = PlainStr("abcdef")
print(ps[1:3], type(ps[1:3]).__name__, type(ps[::-1]).__name__)


class Recorder:
    def __getitem__(self, key):
        return key


print("--- other containers get the slice object")
r = Recorder()
print(r[1:2], r[::3], r[None:"x":Index(4)])
print(range(10)[2:8:2], b"bytes"[1:3], bytearray(b"abc")[::-1])

print("--- errors in a traceback-visible place")
try:
    [1, 2, 3][::0]
except ValueError as e:
    print("ValueError", e)
try:
    "abc"["x":]
except TypeError as e:
    print("TypeError", e)
try:
    (1, 2)[:BadIndex()]
except RuntimeError as e:
    print("RuntimeError", e)

print("--- assignment and deletion still use slice objects")
zs = list(range(8))
zs[1:3] = ["a", "b", "c"]
print(zs)
zs[::2] = [0] * 5
print(zs)
del zs[Index(1):Index(3)]
print(zs)
zs[2:4] += ["x"]
print(zs)

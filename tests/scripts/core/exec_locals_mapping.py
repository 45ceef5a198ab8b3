# exec with separate globals and locals: top-level names are stored in
# the locals mapping (LOAD_NAME/STORE_NAME, as in a class body), and a
# function defined there looks names up in the globals only.
g = {}
l = {}
exec("x = 1\ny = x + 1\ndef f():\n    return x", g, l)
print(sorted(k for k in g if k != "__builtins__"), sorted(l))
try:
    l["f"]()
except NameError as e:
    print("NameError:", e)
g["x"] = "from globals"
print(l["f"]())


class Recorder(dict):
    def __setitem__(self, key, value):
        print("store", key, value)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("load", key)
        return super().__getitem__(key)

    def __delitem__(self, key):
        print("delete", key)
        super().__delitem__(key)


r = Recorder()
exec("a = 1\nb = a + 1\ndel a\nprint(len('xy'))", {}, r)
print(dict(r))


class OnlyGetitem:
    def __init__(self):
        self.data = {"k": 5}

    def __getitem__(self, key):
        return self.data[key]


exec("print(k * 2)", {}, OnlyGetitem())
try:
    exec("m = 1", {}, OnlyGetitem())
except TypeError as e:
    print("TypeError:", e)
exec("global gx\ngx = 'global write'", g, l)
print(g["gx"], "gx" in l)
exec("class C:\n    attr = 1\n", g, l)
print(l["C"].attr, "C" in g)

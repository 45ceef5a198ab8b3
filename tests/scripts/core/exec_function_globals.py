# A function defined by exec'd code has the exec globals as its globals:
# it sees names defined there later, and `global` writes go there.
ns = {"base": 100}
exec("""
def add(v):
    return base + v

def bump():
    global counter
    counter = counter + 1 if 'counter' in globals() else 1
    return counter

class Holder:
    def get(self):
        return base
""", ns)
print(ns["add"](1))
ns["base"] = 200
print(ns["add"](1))
print(ns["bump"](), ns["bump"](), ns["counter"])
print(ns["Holder"]().get())
print(ns["add"].__globals__ is ns)
print("base" in globals(), "counter" in globals())
gen_ns = {}
exec("def gen():\n    yield from range(3)\nlam = lambda: [x for x in gen()]", gen_ns)
print(gen_ns["lam"]())

counter = 0
registry = []
class Tracker:
    global counter
    counter += 10
    registry.append("class body ran")
    def bump(self):
        global counter
        counter += 1
        return counter
print(counter, registry)
t = Tracker()
print(t.bump(), t.bump(), counter)
def outer():
    def inner():
        global late_defined
        late_defined = "defined by inner"
    inner()
outer()
print(late_defined)
def reader():
    return counter + 1
counter = 100
print(reader())
x = "global"
def f():
    x = "enclosing"
    def g():
        global x
        return x
    return g()
print(f())

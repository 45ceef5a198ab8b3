counter = 0
def outer():
    counter = 100
    def inc_local():
        nonlocal counter
        counter += 1
    def inc_global():
        global counter
        counter += 1
    inc_local()
    inc_global()
    inc_global()
    return counter
print(outer(), counter)
def make():
    items = []
    def add(x):
        items.append(x)
    def replace():
        nonlocal items
        items = ["replaced"]
    def get():
        return items
    return add, replace, get
add, replace, get = make()
add(1)
add(2)
print(get())
replace()
add(3)
print(get())
def shadow_builtin():
    len = lambda x: "local len"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))

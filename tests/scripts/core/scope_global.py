count = 0
def increment():
    global count
    count += 1
increment()
increment()
print(count)
def create_global():
    global created
    created = "made inside"
create_global()
print(created)
def read_only():
    return count * 10
print(read_only())
def shadow():
    count = 99
    return count
print(shadow(), count)
def global_in_nested():
    def inner():
        global count
        count = -1
    inner()
print(global_in_nested(), count)
x = 1
def uses_globals_dict():
    globals()["x"] = 42
uses_globals_dict()
print(x, "x" in globals(), globals()["count"])
for loop_var in range(3):
    pass
print(loop_var)
def del_global():
    global created
    del created
del_global()
print("created" in globals())

global global_at_module
global_at_module = "x"
print(global_at_module)
def make_global():
    global made
    made = [1]
make_global()
made.append(2)
print(made)
def check():
    return "made" in globals(), "check" in globals(), "local" in globals()
print(check())
for name in ["made", "global_at_module"]:
    print(name, globals()[name])
del made
print("made" in globals())

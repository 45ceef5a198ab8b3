name = "world"
a = f"hello {name}"
b = F"{name}"
c = f''
d = f"no fields"
e = f"{name}{name}"
f = f'{1}{2}{3}'
g = f"{name!r} and {name}"

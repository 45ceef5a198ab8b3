x = 42
a = f"{x=}"
b = f"{x = }"
c = f"{x=!r}"
d = f"{x=!s:>8}"
e = f"{x=:>8}"
f = f"{x+1=}"
g = f"{ x = }"
h = f"{x.real=}"

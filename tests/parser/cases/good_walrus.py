if (n := len(a)) > 10:
    pass
while (chunk := read()):
    process(chunk)
data = [y for x in xs if (y := f(x)) is not None]
print(z := 1)
f(x := 1, y := 2)
g = (w := 5)
h = x[(i := 0)]
k = x[i := 1]
t = (a := 1, b := 2)
s = {(q := 1): 2}

def f(x=(y := 1)):
    return (z := x)
assert (m := 1)
lambda: (v := 1)
r = [(j := i) for i in range(3)]
s = {j := 0, 1}
result = f"{(w := 3)}"
if any((hit := item) > 0 for item in data):
    pass

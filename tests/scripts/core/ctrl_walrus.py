data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
print([y for x in data if (y := x * 2) > 10])
print(y)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("value", v)
def f():
    return [last := i for i in range(3)], last
print(f())
print((z := 10) + z)
total = 0
print([total := total + x for x in [1, 2, 3]], total)

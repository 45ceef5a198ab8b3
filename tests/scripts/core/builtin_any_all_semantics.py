print(any([]), all([]), any([[]]), all([[]]), any([0, 0.0, "", None, False]), all([1, "a", [0], (0,)]))
print(any("abc"), all(""), any(range(0)), all(range(1, 5)), all(range(0, 5)))
def check(x):
    print("checking", x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]))
print(all(check(x) for x in [3, 1, 5]))
print(any(map(check, [])), all(map(check, [])))
class Weird:
    def __bool__(self):
        print("Weird.__bool__")
        return True
print(any([0, Weird(), Weird()]), all([Weird(), 0, Weird()]))
print(any(x for x in iter([None, 0, "x"])), all(isinstance(v, int) for v in [1, True, 2]))

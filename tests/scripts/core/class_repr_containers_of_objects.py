class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
items = [P(1), P("two"), P([3]), P(P(4))]
print(items)
print({"k": P(None)}, (P(1.5),), {P(0)}.__len__())
print(str(items) == repr(items), f"{items[0]}", "%s" % (items[1],))
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], (S(),), {"s": S()}, str(S()), str([S()]))
print("{} {!r} {!s}".format(S(), S(), S()), f"{S()} {[S()]}")

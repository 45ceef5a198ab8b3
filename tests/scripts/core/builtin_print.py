import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -> ", end="!\n")
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep="|")
print(*range(5), sep=", ")
print("x", sep=None, end=None)
print("to stdout", file=sys.stdout, flush=True)
print("multi\nline")
print("", end="")
print("tab\tsep", 'quote"s', "back\\slash")
print(*[], sep="XX")
print("end with nothing", end="")
print()
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self):
        return "custom str"
print(S(), [S()][0])

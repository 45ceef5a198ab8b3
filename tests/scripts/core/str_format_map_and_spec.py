print("{a} {b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {zzz}".format_map(Default(a=1)))
print(format("abc", "10"), format("abc", ">10"), format("abc", ".2"), format("abc", "^9.1"))
print(format(12, "10"), format(12, "<10") + "|", format(-12, "=8"), format(12, "+d"), format(12, "c"))
print(format(1234567.891, ",.1f"), format(1234567, "_d"), format(0xdeadbeef, "_x"), format(-1234, ","))
print(format(True, ""), format(True, "d"), format(None, ""), format([1, 2], ""))
try:
    format("abc", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(3, ",x")
except ValueError as e:
    print(type(e).__name__, e)
print(format(5, "#06x"), format(5, "#<6x") + "|", format(-5, "06"), format(5.0, "06"))

print(format(42), format(42, "d"), format(42, "5d"), format(42, "<5") + "|", format(42, "^5") + "|", format(42, "x"))
print(format(3.14159, ".2f"), format(1e6, ","), format(1e6, ",.0f"), format(0.25, "%"), format(12.0, "g"))
print(format("text", "10") + "|", format("text", ">10"), format("text", "*^10"), format("text", ".2"))
print(format(True), format(None), format([1, 2]), format((1,), ""), format(2 ** 70, ","))
print(format(-7, "+"), format(7, "+"), format(7, " "), format(-7, " "), format(7, "=+5"), format(1234, "08,"))
print(format(65, "c"), format(255, "#o"), format(255, "#b"))
try:
    format(1, "z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "+")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "x")
except ValueError as e:
    print(type(e).__name__, e)

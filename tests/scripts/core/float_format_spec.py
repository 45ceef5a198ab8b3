x = 1234.5678
specs = ["", ".2f", ".0f", "10.3f", "<12.1f", "^12.1f", ">12.1f", "+.2f", " .2f", "012.2f",
         ",.2f", "_.3f", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "#.0f", "*^15.2f", "=+12.2f"]
for spec in specs:
    print(repr(spec), repr(format(x, spec)))
for v in [0.0, -0.0, 1e-7, 1e16, 123456789.0, 0.000123, float("inf"), float("-inf"), float("nan")]:
    print(format(v, ""), format(v, "g"), format(v, ".3f"), format(v, "e"), format(v, "10.2"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(1e22, "f"))
print(f"{3.14159:.2f} {2.0:g} {100.0:.1e} {0.5:%} {1/3:.5}")
print(format(-0.4, ".0f"), format(-0.0, "+.1f"), format(0.0, "+.1f"))

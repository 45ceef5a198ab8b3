x = 1
a = rf"\n{x}"
b = fr'\t{x}\d'
c = Rf"{x}\\"
d = fR"{x!r}"
e = RF"{x}"

a = r"\n"
b = r'\''
c = r"\""
d = r"C:\Users\name"
e = r"\\"
f = r'''\x00
\t'''
g = R'\N{DASH}'

a = "abc" "def"
b = 'one' "two" '''three'''
c = ("implicit"
     " joining"
     " across lines")
d = u"a" "b"
e = "a" u"b"
f = b"x" b'y'
g = r"\n" "\n"

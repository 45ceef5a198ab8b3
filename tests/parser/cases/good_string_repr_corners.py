# The dump shows constants with Python's repr: quotes and escapes vary.
a = "\x00\x01\x1f\x7f"
b = "\x80\x9f\xa0\xad\xff"
c = "\u2028\u2029\ufeff\ufffd"
d = "\ud800\udfff"
e = "both ' and \" quotes"
f = 'only \' single'
g = "back\\slash"
h = b"both ' and \" quotes"
i = b"\x00\x7f\x80\xff"
j = "\U0010ffff\U0001F600\u0378"
k = "\t\n\r\x0b\x0c"

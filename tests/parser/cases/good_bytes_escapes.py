a = b"\x00\x01\xff"
b = b'\n\t\\\''
c = b"\101\0\377"
d = b"\u0041"
e = b"\N{SPACE}"
f = b""
g = b"abc" b"def"

x = 1
a = f"a" "b"
b = "a" f"{x}"
c = f"{x}" f"{x}" "tail"
d = ("start "
     f"{x} "
     "end")
e = u"u" f"{x}"
f = f"" ""

# Unknown escapes are kept as they are (a DeprecationWarning, not an error).
a = "\d\w\s"
b = "C:\path\to\file"
c = b"\q"

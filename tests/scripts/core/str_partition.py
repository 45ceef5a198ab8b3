s = "key=value=more"
print(s.partition("="), s.rpartition("="))
print(s.partition(":"), s.rpartition(":"))
print("=x".partition("="), "x=".rpartition("="), "".partition("a"))
print("http://example.com/path".partition("://"))
try:
    s.partition("")
except ValueError as e:
    print(type(e).__name__, e)
head, sep, tail = "a.b.c".rpartition(".")
print(head, sep, tail)

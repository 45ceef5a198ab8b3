import os
name = "_tmp_open_text_file.txt"
with open(name, "w") as f:
    print(f.write("first line\n"), f.write("second line\n"))
    f.write("third")
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(name, "a") as f:
    f.write("\nappended é")
with open(name, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(name, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[-3:])
with open(name, "wb") as f:
    f.write(b"\x00\x01binary")
with open(name, "rb") as f:
    print(f.read())
f = open(name)
print(f.closed)
f.close()
print(f.closed)
try:
    open("_no_such_file_here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
os.remove(name)
print(os.path.exists(name))

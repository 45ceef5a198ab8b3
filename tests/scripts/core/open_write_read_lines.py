import os
name = "_tmp_open_write_read_lines.txt"
with open(name, "w", encoding="utf-8") as f:
    for i in range(3):
        print("line", i, file=f)
    f.writelines(["extra 1\n", "extra 2\n"])
    print("no newline", end="", file=f)
with open(name, encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], repr(lines[3]))
with open(name) as f:
    for lineno, line in enumerate(f, 1):
        print(lineno, line.rstrip("\n"))
with open(name) as f:
    print(repr(f.read(4)), repr(f.readline()), repr(f.read(3)))
with open(name, "r+") as f:
    content = f.read()
    f.write("\nappended")
with open(name) as f:
    print(f.read().splitlines()[-2:])
os.remove(name)
try:
    with open(name) as f:
        pass
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror)

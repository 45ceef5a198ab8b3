import os
name = "_tmp_open_modes_and_errors.txt"
for args, kw in [((name, "rw"), {}), ((name, "q"), {}), ((name, "rr"), {}), ((name, "rbt"), {}), ((name, "rb"), {"encoding": "utf-8"}),
                 ((name, "rb"), {"newline": ""}), ((name, "r"), {"newline": "x"}), ((name, 1), {}), ((name,), {"encoding": 1}), ((1.5,), {}),
                 ((".",), {}), ((".", "w"), {}), (("/nonexistent_dir/x", "w"), {}), ((None,), {}), ((name, ""), {}), ((name, "+"), {}), ((name, "U"), {})]:
    try:
        open(*args, **kw)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
f = open(name, "w")
print(f.mode, f.name, f.encoding, f.closed, type(f).__name__, f.writable(), f.readable(), f.seekable())
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, isinstance(e, OSError), e)
try:
    f.write(b"x")
except TypeError as e:
    print(type(e).__name__, e)
print(f.write("héllo\nwörld\r\nthird\rfourth\n"), f.tell())
f.close()
f.close()
for op in [lambda: f.write("x"), lambda: f.read(), lambda: iter(f), lambda: f.tell(), lambda: f.flush(), lambda: f.__enter__(), lambda: f.fileno(), lambda: f.seek(0)]:
    try:
        print(op())
    except ValueError as e:
        print(type(e).__name__, e)
with open(name) as f:
    print(f.readlines())
with open(name, newline="") as f:
    print(f.readlines())
with open(name, newline="\r") as f:
    print(f.readlines())
with open(name, "rb") as f:
    print(type(f).__name__, f.mode, f.read(3), f.readline(), f.readlines(), f.read(), f.tell())
    print(f.seek(0), f.read(2), f.seek(-3, 2), f.read(), f.seek(1, 0), f.seek(2, 1), f.read(1))
with open(name, encoding="utf-8") as f:
    print(repr(f.read(2)), repr(f.read(1)), f.tell(), repr(f.readline()), repr(f.readline(3)))
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    print(f.seek(0, 2), repr(f.read()), f.seek(0), repr(f.read(1)))
for mode in ["w+", "a", "ab", "a+b", "r+b", "w+b", "rt", "wt", "r+"]:
    with open(name, mode) as f:
        print(type(f).__name__, f.mode, f.readable(), f.writable())
os.remove(name)
with open(name, "x") as f:
    f.write("created")
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)
with open(name, "a+") as f:
    f.write(" more")
    f.seek(0)
    print(f.read())
with open(name, "r+") as f:
    f.write("CREATED")
    f.seek(0)
    print(f.read())
with open(name, "w", newline="\r\n") as f:
    f.writelines(["a\n", "b\n"])
with open(name, "rb") as f:
    print(f.read())
with open(name, "wb") as f:
    print(f.write(bytearray(b"ab")), f.write(b"\xff\xfe"))
    try:
        f.write("s")
    except TypeError as e:
        print(type(e).__name__, e)
with open(name, "rb") as f:
    print(list(f))
try:
    with open(name) as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(name, encoding="latin-1") as f:
    print(repr(f.read()))
with open(name, "w") as f:
    f.write("x\ny\n")
    print(f.truncate(1))
print(os.path.getsize(name))
os.remove(name)

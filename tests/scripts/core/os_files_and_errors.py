import os
import os.path
import sys
print(os.path is sys.modules["os.path"], os.path.__name__)
base = "_tmp_os_files_and_errors"
os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
with open(os.path.join(base, "a", "f.txt"), "w") as f:
    f.write("12345")
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
print(os.path.getsize(os.path.join(base, "a", "f.txt")), os.path.isfile(os.path.join(base, "a", "f.txt")), os.path.isdir(os.path.join(base, "a", "b")))
st = os.stat(os.path.join(base, "a", "f.txt"))
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, type(st[8]).__name__)
os.rename(os.path.join(base, "a", "f.txt"), os.path.join(base, "g.txt"))
print(sorted(os.listdir(base)))
for f in [lambda: os.makedirs(base), lambda: os.mkdir(base), lambda: os.rmdir(base), lambda: os.remove("_nope_"), lambda: os.unlink(base + "/nope"),
          lambda: os.rename("_nope_", "_other_"), lambda: os.listdir("_nope_"), lambda: os.chdir("_nope_"), lambda: os.stat("_nope_"),
          lambda: os.remove(1), lambda: os.stat(None), lambda: os.path.join("a", 1), lambda: os.path.join(1), lambda: os.path.exists(1.5),
          lambda: os.getenv(1), lambda: os.environ.__setitem__("a", 1), lambda: os.path.basename(None), lambda: os.path.join(b"a", "b"),
          lambda: os.fspath(3), lambda: os.path.getsize("_nope_"), lambda: os.rmdir(os.path.join(base, "a"))]:
    try:
        print(f())
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e, getattr(e, "errno", None), getattr(e, "filename", None))
os.remove(os.path.join(base, "g.txt"))
os.removedirs(os.path.join(base, "a", "b"))
print(os.path.exists(base))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath("//a"), os.path.normpath("///a/"), os.path.normpath(""), os.path.normpath("../.."))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.abspath("/a/../b"))
print(os.path.split("/"), os.path.split("//a"), os.path.split("a/"), os.path.split(""), os.path.dirname("/a"), os.path.basename(b"x/y.z"))
print(os.path.splitext("a/b.c/d"), os.path.splitext("..x"), os.path.splitext("a.b."), os.path.splitext(b"f.tar.gz"))
print(os.path.join("a", "b", "/c", "d"), os.path.join(b"a", b"b"), os.path.commonprefix(["abc", "abd"]), os.path.relpath("a/b/c", "a/d"))
print(os.path.expanduser("x~"), os.path.expanduser("a/~"))
print(os.getpid() > 0, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.pathsep, os.devnull, os.name, os.altsep)
os.environ["EDDY_X"] = "1"
print(os.environ.pop("EDDY_X"), "EDDY_X" in os.environ, os.environ.get("EDDY_X", "gone"), os.environ.setdefault("EDDY_Y", "y"), os.getenv("EDDY_Y"))
del os.environ["EDDY_Y"]
try:
    del os.environ["EDDY_Y"]
except KeyError as e:
    print("KeyError", e)
print(type(os.urandom(4)).__name__, len(os.urandom(4)), os.strerror(2))
class P:
    def __fspath__(self):
        return "a/b.txt"
print(os.fspath(P()), os.path.basename(P()), os.path.exists(P()))

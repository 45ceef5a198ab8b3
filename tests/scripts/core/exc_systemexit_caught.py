import sys
for arg in [None, 0, 3, "message", (1, 2)]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args)
try:
    exit(5)
except SystemExit as e:
    print("exit()", e.code)
try:
    quit()
except SystemExit as e:
    print("quit()", e.code)
try:
    raise SystemExit(7)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("BaseException", e.code)
print(issubclass(SystemExit, Exception))

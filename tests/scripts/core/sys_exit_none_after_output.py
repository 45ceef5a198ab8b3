import sys
def cleanup():
    print("cleanup done")
try:
    print("working")
    sys.exit()
except SystemExit as e:
    print("caught exit with code", e.code)
    cleanup()
    raise

import sys
print("to stdout 1")
print("to stderr", file=sys.stderr)
print("to stdout 2")
raise SystemExit("bye")

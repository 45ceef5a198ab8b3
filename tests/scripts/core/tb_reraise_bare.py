def risky():
    raise LookupError("original problem")
try:
    risky()
except LookupError:
    print("logging and re-raising")
    raise

def describe(obj, size):
    return f"{type(obj).__name__}({size}) in {type(obj).__module__}"

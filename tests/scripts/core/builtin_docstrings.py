# Builtin functions and methods carry CPython's docstrings.
for f in (print, len, repr, hash, next, callable, abs, min, max, sum, sorted,
          isinstance, issubclass, getattr, hasattr, setattr, iter, id):
    print(f.__name__, repr(f.__doc__))
print(repr(list.append.__doc__), [].append.__doc__ == list.append.__doc__)
print(repr(dict.get.__doc__), repr({}.keys.__doc__))
print(repr(str.join.__doc__))
print(type(len.__doc__).__name__)

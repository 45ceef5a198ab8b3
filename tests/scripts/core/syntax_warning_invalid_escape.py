# An invalid escape is a DeprecationWarning in 3.11, which the default
# filters hide unless the module is __main__; compile-time warnings are
# attributed to a module named after the file, so nothing is shown.
print("\d", len("a\qb"), b"\w")
exec(r'print("\d")')

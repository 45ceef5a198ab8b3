print("%s %d %i %f %.2f %5.1f|%-6d|%06d" % ("s", 42, 7, 3.14, 2.71828, 9.99, 5, -42))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%r %s %a" % ("é", "é", "é"))
print("%c%c" % (65, "b"), "%%", "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef")
print("%(name)s is %(age)d" % {"name": "Bob", "age": 5})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 3, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),), "%d%%" % 50)
print("%+d % d %+.1f" % (5, 5, -0.05))
print("%s" % None, "%d" % True, "%i" % 3.99, "%x" % -255)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1234567), ("%d", None)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)

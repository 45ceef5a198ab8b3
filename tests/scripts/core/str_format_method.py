print("{} and {}".format("spam", "eggs"))
print("{1} and {0} and {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {0[0]} {1[key]}".format([10, 20], {"key": "v"}))
class P:
    x = 3
    y = [7, 8]
print("{p.x} {p.y[1]}".format(p=P()))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^10}".format("mid"), "{:08.3f}".format(3.14159), "{:,}".format(1234567))
print("{0:{1}}|".format("x", 5), "{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{{literal}} {}".format(1), "{}".format(None))
print("{:d} {:x} {:o} {:b} {:e} {:%}".format(42, 255, 8, 5, 1234.5, 0.25))
print("{0}{0}".format("ab"), "{}-{}".format(*"xy"), "{a}{b}".format(**{"a": 1, "b": 2}))
for bad in ["{", "}", "{0}{}", "{:d}", "{x}", "{1}", "{0.missing}", "{:q}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(bad, type(e).__name__, e)

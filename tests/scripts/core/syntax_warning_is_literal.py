# `is` / `is not` with a literal operand warns at compile time (SyntaxWarning
# on stderr, before the script runs); None, True, False and ... do not.
x = 1
print(x is 1, x is not "a")
print(() is x, x is (1, 2), x is -1, x is 2 * 3)
print(x is None, x is not True, x is False, x is ..., x is (x,))
print(0 < x is 1 < 2)
if x is not 1.5 < 3:
    print("chain in a condition")
if 1 is None:
    print("never")
while x is b"":
    pass


def f(y):
    return [y is "s" for _ in range(1)], (lambda: y is not 0)()


print(f(2))
for _ in range(2):
    exec("z = 1\nprint(z is 1)")
print(eval("1 is 1"))
code = compile("a = 0\nb = a is not 0", "<made up>", "exec")
print("compiled")

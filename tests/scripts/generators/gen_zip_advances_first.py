# zip() pulls from its arguments left to right and stops at the first
# exhausted one: a value already taken from an earlier generator is lost.
def gen(name, n):
    for i in range(n):
        print("  %s yields %d" % (name, i))
        yield i

a = gen("a", 5)
b = gen("b", 2)
print(list(zip(a, b)))
print("a continues at", next(a))

# Conditions and element expressions of a generator expression run lazily,
# interleaved with the consumer.
def check(x):
    print("  check", x)
    return x % 2 == 0

def value(x):
    print("  value", x)
    return x * 10

g = (value(x) for x in range(5) if check(x))
print("nothing evaluated yet")
for v in g:
    print("got", v)
    if v >= 20:
        break
print("rest:", list(g))

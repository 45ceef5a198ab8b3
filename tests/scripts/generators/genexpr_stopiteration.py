# PEP 479 also applies inside generator expressions.
def boom(x):
    if x == 2:
        raise StopIteration("inside genexpr")
    return x

try:
    print(list(boom(x) for x in range(4)))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", e.__cause__)

# ...but not to list comprehensions: the StopIteration simply escapes.
try:
    print([boom(x) for x in range(4)])
except StopIteration as e:
    print(type(e).__name__, e)

# In a class body the first iterable sees class variables; the rest of the
# generator expression does not (it runs in its own function scope).
class A:
    items = [1, 2, 3]
    factor = 10
    doubled = list(x * 2 for x in items)
    try:
        scaled = list(x * factor for x in items)
    except NameError as e:
        scaled = str(e)
    try:
        pairs = list((x, y) for x in items for y in items)
    except NameError as e:
        pairs = str(e)

print(A.doubled)
print(A.scaled)
print(A.pairs)

# Compile-time error: yield from at module level (exit status 1).
print("never runs")

def fine():
    yield from [1, 2, 3]

items = list(fine())
print(items)
yield from [1, 2, 3]

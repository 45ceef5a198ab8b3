# Compile-time error: yield at module level (exit status 1).
print("never runs")

def fine():
    yield "inside a function is fine"

values = [1, 2]
for v in values:
    print(v)
yield values

# Compile-time error: yield inside a list comprehension (exit status 1).
# Nothing runs, not even the print before the faulty function.
print("never runs")

def fine(n):
    for i in range(n):
        yield i

def gen(n):
    return [(yield i) for i in range(n)]

print(list(fine(3)))
